import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';

export const projectRoot = path.resolve(__dirname, '..', '..');

/**
 * The Electron executable: from `npm run test:electron`, or found the way node_modules/electron
 * finds it — without `require('electron')`, which would try to download it.
 */
export function electronExecutablePath(): string | null {
  const fromRunner = process.env.FALLBUCH_ELECTRON_PATH;
  if (fromRunner && existsSync(fromRunner)) return fromRunner;
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
  const executable = path.join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

export function childEnv(userDataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE' && !key.startsWith('FALLBUCH_')) env[key] = value;
  }
  // A policy file that does not exist: the tests never read the machine's real one.
  env.FALLBUCH_POLICY_FILE = path.join(userDataDir, 'keine-richtlinie.json');
  env.FALLBUCH_USER_DATA_DIR = userDataDir;
  return { ...env, ...extra };
}

/**
 * Chromium refuses to start its OS sandbox as root, and CI containers often lack the user
 * namespaces it needs. The renderer stays `sandbox: true` either way (no Node in the preload).
 */
export function chromiumSwitches(): string[] {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot || process.env.FALLBUCH_E2E_NO_SANDBOX === '1' ? ['--no-sandbox'] : [];
}

interface ElectronFixtures {
  userDataDir: string;
  /** Extra environment for the app (e.g. FALLBUCH_POLICY_FILE); set with `test.use`. */
  appEnv: Record<string, string>;
  electronApp: ElectronApplication;
  page: Page;
}

/**
 * Answers the next native folder / save dialogs of the main process with fixed paths (the shell
 * calls `dialog.showOpenDialog` / `showSaveDialog` at the moment of each export).
 */
export async function answerDialogs(app: ElectronApplication, answers: { folder?: string; saveFile?: string }): Promise<void> {
  await app.evaluate(({ dialog }, given) => {
    if (given.folder !== undefined) {
      const folder = given.folder;
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [folder] })) as typeof dialog.showOpenDialog;
    }
    if (given.saveFile !== undefined) {
      const file = given.saveFile;
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    }
  }, answers);
}

export const test = base.extend<ElectronFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies.
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fallbuch-electron-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  appEnv: [{}, { option: true }],
  electronApp: async ({ userDataDir, appEnv }, use) => {
    const executablePath = electronExecutablePath();
    test.skip(executablePath === null, 'Kein Electron-Binary installiert (ELECTRON_SKIP_BINARY_DOWNLOAD).');
    if (executablePath === null) return;
    const app = await _electron.launch({
      executablePath,
      args: [...chromiumSwitches(), projectRoot],
      cwd: projectRoot,
      env: childEnv(userDataDir, appEnv),
    });
    await use(app);
    await app.close();
  },
  page: async ({ electronApp }, use) => {
    const page = await electronApp.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await use(page);
  },
});

export { expect } from '@playwright/test';
