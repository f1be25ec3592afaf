import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The office's time zone, as in the E2E suite: a day taken from a time (a file's date, „am …“ in a
 * message, a quarantine folder's name) is the day on the counsellor's calendar, and the suite must
 * give the same answer on a machine in UTC as on one in Germany. The forked workers inherit it.
 */
process.env.TZ = 'Europe/Berlin';

export default defineConfig({
  resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Real Argon2id and real encrypted files: give slow machines room, never assert timings.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
