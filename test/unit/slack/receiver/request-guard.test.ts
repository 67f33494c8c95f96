import { describe, expect, it } from 'vitest';
import { isFreshTimestamp, looksLikeSlackPayload } from '../../../../src/slack/receiver/request-guard.js';

const FORM = 'application/x-www-form-urlencoded';
const form = (payload: string) => `payload=${encodeURIComponent(payload)}`;

describe('looksLikeSlackPayload', () => {
  it('lets through a form whose payload is a JSON object, wherever the payload field sits', () => {
    expect(looksLikeSlackPayload(form('{"type":"view_submission"}'), FORM)).toBe(true);
    expect(looksLikeSlackPayload(`a=1&${form('{"type":"block_actions"}')}`, FORM)).toBe(true);
    expect(looksLikeSlackPayload(`payload=+%20%0A${encodeURIComponent('{"x":1}')}`, FORM)).toBe(true);
  });

  it('lets through slash-command forms, which carry no payload', () => {
    expect(looksLikeSlackPayload('command=%2Fprospect&text=Jane', FORM)).toBe(true);
  });

  it('refuses payloads that are not a JSON object', () => {
    for (const payload of ['null', '[1]', '"text"', '42', '', '   ']) {
      expect(looksLikeSlackPayload(form(payload), FORM), payload).toBe(false);
    }
    expect(looksLikeSlackPayload('payload=%ZZ%7B', FORM)).toBe(false);
    expect(looksLikeSlackPayload('payload=&x=%7B', FORM)).toBe(false);
    expect(looksLikeSlackPayload('payload=%E2%80%8B%7B', FORM)).toBe(false);
  });

  it('reads the first payload field, as Slack sends one', () => {
    expect(looksLikeSlackPayload(`${form('null')}&${form('{}')}`, FORM)).toBe(false);
  });

  it('wants a JSON object for JSON bodies', () => {
    expect(looksLikeSlackPayload(' {"type":"url_verification"}', 'application/json')).toBe(true);
    expect(looksLikeSlackPayload('null', 'application/json')).toBe(false);
  });
});

describe('isFreshTimestamp', () => {
  const now = 1_700_000_000_000;
  const sec = now / 1000;

  it('accepts timestamps up to 5 minutes away, in either direction', () => {
    for (const offset of [0, -1, 1, -299, 299, -300, 300]) {
      expect(isFreshTimestamp(String(sec + offset), now), String(offset)).toBe(true);
    }
  });

  it('refuses timestamps more than 5 minutes in the past or in the future', () => {
    for (const offset of [-301, 301, -600, 600, -86_400, 86_400 * 365]) {
      expect(isFreshTimestamp(String(sec + offset), now), String(offset)).toBe(false);
    }
  });

  it('refuses missing, repeated and non-numeric timestamps', () => {
    for (const header of [
      undefined,
      '',
      ' ',
      'abc',
      `${sec}.5`,
      `+${sec}`,
      '1e9',
      [String(sec), String(sec)],
    ]) {
      expect(isFreshTimestamp(header, now), String(header)).toBe(false);
    }
  });
});
