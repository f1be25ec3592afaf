import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

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
