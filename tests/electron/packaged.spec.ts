import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron } from '@playwright/test';
import { SetupScreen } from './pages/SetupScreen';
import { childEnv, chromiumSwitches, expect, test } from './fixtures';

/**
 * The packaged app, as electron-builder made it (run by .github/workflows/package.yml after
 * `npm run package:*`):
 * - FALLBUCH_PACKAGED_APP: the smoke-test build (`npm run package:smoke`, see
 *   electron-builder.smoke.yml), which Playwright can start: it differs from the real build only by
 *   the inspect fuse and by accepting debugging switches and a test profile;
 * - FALLBUCH_RELEASE_APP: the real build's unpacked app, started without Playwright, which must
 *   refuse debugging switches.
 */
const packagedApp = process.env.FALLBUCH_PACKAGED_APP;
const releaseApp = process.env.FALLBUCH_RELEASE_APP;

test('the packaged app: product name, its own binding in resources, hardened window, set-up works', async () => {
  test.skip(!packagedApp, 'FALLBUCH_PACKAGED_APP nicht gesetzt (npm run package:smoke).');
  test.setTimeout(120_000);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'fallbuch-packaged-'));
  const app = await _electron.launch({ executablePath: packagedApp ?? '', args: chromiumSwitches(), env: childEnv(userDataDir) });
  try {
    const page = await app.firstWindow();
    await expect(new SetupScreen(page).heading).toBeVisible();
    expect(page.url()).toBe('app://fallbuch/index.html');
    const facts = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      contents?.openDevTools();
      return {
        isPackaged: electronApp.isPackaged,
        name: electronApp.getName(),
        userData: electronApp.getPath('userData'),
        binding: `${process.resourcesPath}/native/better_sqlite3.node`,
        devToolsOpened: contents?.isDevToolsOpened() ?? null,
      };
    });
    expect(facts).toMatchObject({ isPackaged: true, name: 'Fallbuch', userData: userDataDir, devToolsOpened: false });
    expect(existsSync(facts.binding)).toBe(true);
    // Set-up opens the database through resources/native/better_sqlite3.node and derives keys with Argon2id.
    const created = await page.evaluate(async () => {
      const suggested = await window.fallbuch.vault.suggestLocation({});
      if (!suggested.ok) return suggested;
      return window.fallbuch.vault.setup({
        vaultDir: suggested.value.vaultDir,
        supervisor: { name: 'Sabine Aufsicht', passphrase: 'Aufsicht-Kennwort-2026' },
        counsellor: { name: 'Chris Beratung', passphrase: 'Beratung-Kennwort-2026' },
      });
    });
    expect(created.ok).toBe(true);
    expect(existsSync(path.join(userDataDir, 'Tresor', 'fallbuch.db'))).toBe(true);
  } finally {
    await app.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

for (const switches of [['--remote-debugging-port=9222'], ['--inspect=9229'], ['--inspect-brk']]) {
  test(`the real packaged build refuses to start with ${switches.join(' ')}`, async () => {
    test.skip(!releaseApp, 'FALLBUCH_RELEASE_APP nicht gesetzt (npm run package:linux / package:win).');
    // Before `ready` the message is a modal box on Windows; Linux writes it to stderr as well.
    test.skip(process.platform === 'win32', 'Die Meldung vor dem Start ist unter Windows ein modales Fenster.');
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'fallbuch-release-'));
    try {
      const child = spawn(releaseApp ?? '', [...chromiumSwitches(), ...switches], { env: childEnv(userDataDir) });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      expect(exitCode).toBe(1);
      expect(stderr).toContain('Fallbuch startet nicht mit Debug-Schaltern');
    } finally {
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
}
