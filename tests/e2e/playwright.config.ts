import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Chromium E2E bench (ARCHITECTURE.md §3 item 2): the built renderer against a real core, in the
 * system Chromium. Playwright's own browser download is not available on the build machines.
 */
function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  // Undefined means: let Playwright use its own browser, if one is installed.
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

const isRoot = process.getuid?.() === 0;

/**
 * The window's time zone (`timezoneId` below) and the core's: the core runs in this Node process
 * (the fixtures), the renderer in Chromium. Both must see the same day, or from 23:00 to 24:00 UTC
 * the window's „heute“ is already the core's tomorrow and every date typed as today is „in der
 * Zukunft“. Node applies a changed TZ at once; the workers inherit it.
 */
const TIME_ZONE = 'Europe/Berlin';
process.env.TZ = TIME_ZONE;

export default defineConfig({
  // Paths are relative to this file: tests/e2e holds the tests, results go to test-results/e2e.
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // CI runs each failed test once more so that one timing slip on a loaded runner does not block a
  // merge; the list reporter marks such a test "flaky", and a flaky test is a defect to fix, not to keep.
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    // The smallest window Fallbuch supports; every screenshot shows the tightest layout.
    viewport: { width: 1024, height: 700 },
    locale: 'de-DE',
    timezoneId: TIME_ZONE,
    screenshot: 'on',
    trace: 'retain-on-failure',
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        // Chromium refuses its sandbox as root (containers); never drop it otherwise.
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
        '--disable-quic',
      ],
    },
  },
});
