import { Writable } from 'node:stream';

/** A log destination that keeps every JSON line the app writes, for tests to read. */
export function logLinesInto(lines: string[]): Writable {
  return new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
}
