import { spawn } from 'node:child_process';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { startBrowserDemo, type BrowserDemo } from '../../scripts/demo';
import { screenshotPath } from './fixtures';

/**
 * `npm run demo` without an Electron binary: the built renderer in this machine's Chromium against a
 * real core on a fresh training vault. The signed-in frame is the page after the demo starts — the
 * start page „Heute“ where it exists, the case list before — so the test looks for the main
 * navigation and the training banner, not for one page's heading.
 */

const REPO_ROOT = path.resolve(__dirname, '../..');

test('the demo opens on a fresh training vault, signed in, the banner on the first screen', async () => {
  const testInfo = test.info();
  let demo: BrowserDemo | null = null;
  try {
    demo = await startBrowserDemo({ headless: true });
    const { page } = demo;
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('complementary', { name: 'Hinweis: Schulungstresor' })).toContainText('Schulung – keine echten Daten');
    await expect(page.getByRole('banner')).toContainText('Übungskonto Beratung');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.screenshot({ path: screenshotPath(testInfo, 'demo-start'), fullPage: true });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    // Every rule, best practice included, on the banner itself.
    const banner = await new AxeBuilder({ page }).include('.training-banner').analyze();
    expect(banner.violations.map((violation) => `${violation.id} (${violation.impact ?? ''})`)).toEqual([]);
  } finally {
    await demo?.close();
  }
});

test('`npm run demo` says which way it started and reaches the signed-in frame (headless smoke run)', async () => {
  test.setTimeout(120_000);
  const output = await new Promise<{ code: number | null; text: string }>((resolve, reject) => {
    // The renderer was built by `npm run test:e2e`; the CLI is the one `npm run demo` runs.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--smoke', '--no-build'], {
      cwd: REPO_ROOT,
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, text }));
  });
  expect(output.code, output.text).toBe(0);
  expect(output.text).toContain('Fallbuch-Demo: gestartet im Browser');
  expect(output.text).toMatch(/Angemeldet \/ signed in: „.+“ · Schulung – keine echten Daten/);
  expect(output.text).toContain('Kennwort / passphrase:');
});
