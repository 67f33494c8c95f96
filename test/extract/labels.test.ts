import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/extract/index.js';
import { classifyLabel, decodeFormDump, segmentLines } from '../../src/extract/labels.js';

describe('classifyLabel', () => {
  it.each([
    ['Name', 'name'],
    ['Full name', 'name'],
    ['Contact name', 'name'],
    ['Nombre completo', 'name'],
    ['Nom', 'name'],
    ['Nome', 'name'],
    ['Ansprechpartner', 'name'],
    ['First name', 'first'],
    ['Given name', 'first'],
    ['Prénom', 'first'],
    ['Vorname', 'first'],
    ['Last name', 'last'],
    ['Surname', 'last'],
    ['Apellidos', 'last'],
    ['Nachname', 'last'],
    ['Cognome', 'last'],
    ['Sobrenome', 'last'],
    ['Email', 'email'],
    ['E-mail', 'email'],
    ['Work email', 'email'],
    ['Correo electrónico', 'email'],
    ['Courriel', 'email'],
    ['E-Mail-Adresse', 'email'],
    ['Email address (required)', 'email'],
    ['Phone', 'phone'],
    ['Tel.', 'phone'],
    ['Telephone', 'phone'],
    ['Mobile', 'phone'],
    ['Cell', 'phone'],
    ['Teléfono', 'phone'],
    ['Telefone', 'phone'],
    ['Telefon', 'phone'],
    ['Handy', 'phone'],
    ['Téléphone', 'phone'],
    ['Portable', 'phone'],
    ['WhatsApp', 'phone'],
    ['Phone number', 'phone'],
    ['Company', 'company'],
    ['Company name', 'company'],
    ['Empresa', 'company'],
    ['Order number', 'other'],
    ['Invoice #', 'other'],
    ['Tracking number', 'other'],
    ['Fax', 'other'],
    ['Message', 'message'],
    ['What is your name?', 'name'],
    ['¿Cuál es tu correo?', 'email'],
    ['Best number to reach you?', 'phone'],
    ["What's your company called?", 'company'],
  ])('%s → %s', (label, field) => {
    expect(classifyLabel(label)?.field).toBe(field);
  });

  it.each([
    ['Rep email'],
    ['Assigned to'],
    ['Owner'],
    ['Sales rep'],
    ['Submitted by'],
    ['Account manager'],
    ['To'],
  ])('%s belongs to the seller', (label) => {
    expect(classifyLabel(label)?.role).toBe('rep');
  });

  it.each([['Hi, I am Ana'], ['see https://x.co'], ['a@b.co'], ['x'.repeat(80)]])(
    '%s is not a label',
    (text) => {
      expect(classifyLabel(text)?.field ?? 'none').not.toMatch(/^(name|email|phone)$/);
    },
  );
});

describe('label separators and layouts', () => {
  it.each([
    ['Name: Ana Ruiz', 'Ana Ruiz'],
    ['Name - Ana Ruiz', 'Ana Ruiz'],
    ['Name = Ana Ruiz', 'Ana Ruiz'],
    ['Name ▸ Ana Ruiz', 'Ana Ruiz'],
    ['Name | Ana Ruiz', 'Ana Ruiz'],
    ['Name → Ana Ruiz', 'Ana Ruiz'],
    ['*Name:* Ana Ruiz', 'Ana Ruiz'],
    ['_Name_: Ana Ruiz', 'Ana Ruiz'],
    ['• Name: Ana Ruiz', 'Ana Ruiz'],
    ['*Name*\nAna Ruiz', 'Ana Ruiz'],
    ['What is your name?\nAna Ruiz', 'Ana Ruiz'],
    ['| Name | Ana Ruiz |', 'Ana Ruiz'],
    ['Name: Ana Ruiz Email: ana@ruiz.es Phone: 415 555 0134', 'Ana Ruiz'],
    ['First name: Ana\nLast name: Ruiz', 'Ana Ruiz'],
    ['Prénom : Ana\nNom : Ruiz', 'Ana Ruiz'],
    ['Nombre: Ana\nApellido: Ruiz', 'Ana Ruiz'],
    ['Vorname: Ana\nNachname: Ruiz', 'Ana Ruiz'],
    ['Nome: Ana\nCognome: Ruiz', 'Ana Ruiz'],
  ])('%j', (text, name) => {
    expect(extractFromText(text).name).toBe(name);
  });

  it('carries a label-only line to the value below it', () => {
    const segs = segmentLines(['*Email*', 'ana@x.com']);
    expect(segs[1]?.label?.field).toBe('email');
    expect(segs[1]?.inherited).toBe(true);
  });

  it('marks the part before a forwarded-message marker', () => {
    const segs = segmentLines(['fyi', '---------- Forwarded message ---------', 'From: Ana <ana@x.com>']);
    expect(segs.map((s) => s.zone)).toEqual(['before', 'after']);
  });
});

describe('decodeFormDump', () => {
  it('decodes URL-encoded pairs, alone or inside a URL', () => {
    expect(decodeFormDump('first_name=Ana&last_name=Lopez&email=ana%40x.com')).toEqual([
      'first name: Ana',
      'last name: Lopez',
      'email: ana@x.com',
    ]);
    expect(decodeFormDump('see https://x.co/f?name=Ana+Ruiz&tel=%2B1%20415')).toEqual([
      'see',
      'name: Ana Ruiz',
      'tel: +1 415',
    ]);
    expect(decodeFormDump('bad=%E0%A4%A&x=1')).toEqual(['bad: %E0%A4%A', 'x: 1']);
    expect(decodeFormDump('no pairs here')).toBeUndefined();
  });
});
