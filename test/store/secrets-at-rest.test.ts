import { expect, it } from 'vitest';
import { createInstallationStore } from '../../src/store/installations.js';
import { createTrataConnections } from '../../src/store/trata-connections.js';
import { forEachDatabase } from './databases.js';
import { newBox, rotatingInstall } from './fixtures.js';

/**
 * The promise of ENCRYPTION_KEY: what someone copying the database gets — the SQLite file, or a
 * pg_dump — holds no token or key in clear.
 */
forEachDatabase((database) => {
  it('a copy of the database holds no token or Trata key in clear', async (context) => {
    const url = await database.fresh();
    const lines: string[] = [];
    const logger = {
      info: (obj: object, msg: string) => lines.push(JSON.stringify(obj), msg),
      error: (obj: object, msg: string) => lines.push(JSON.stringify(obj), msg),
    };
    const handle = await database.open(url, { logger });
    const box = newBox();
    const installation = rotatingInstall('TSECRET', Math.floor(Date.now() / 1000) + 43_200);
    installation.user = { ...installation.user, token: 'xoxp-user-token-5555' };
    const trataKey = 'tr_live_at_rest_check_8f3k2m9q';
    await createInstallationStore(handle.db, box).storeInstallation(installation);
    await createTrataConnections(handle.db, box).save('TSECRET', trataKey, 'U0ADMIN');
    await handle.close();

    const secrets = [
      installation.bot?.token,
      installation.bot?.refreshToken,
      'xoxp-user-token-5555',
      trataKey,
    ];
    expect(secrets.every((s) => s && /^(xox[bep]-|tr_live_)/.test(s))).toBe(true);

    const dump = await database.dump(url);
    if (dump === undefined) {
      console.warn('pg_dump is not on PATH: the PostgreSQL copy check is skipped.');
      context.skip();
      return;
    }
    // The copy is real: ids and names in clear are there, so the secrets would be too if stored in clear.
    expect(dump.includes('Team TSECRET')).toBe(true);
    for (const secret of secrets) expect(dump.includes(secret as string), 'a secret in clear').toBe(false);
    expect(dump.includes('xoxb-')).toBe(false);
    expect(dump.includes('xoxe-')).toBe(false);
    expect(lines.join('\n')).not.toMatch(/xox[bep]-|tr_live_/);
  });
});
