import { defineConfig } from '@playwright/test';

/**
 * The real Electron app (window hardening, preload, IPC wiring, app: protocol). Run through
 * `npm run test:electron`, which builds first and skips with one line where no Electron binary exists.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Each test starts its own app instance on its own profile; two cores are plenty on 2 cores.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
