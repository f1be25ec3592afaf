import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createCore, type Core } from '../src/main/app/createCore';
import { DEMO_TRAINING_PASSPHRASE } from '../src/shared/training/contract';
import { APP_URL, RENDERER_DIR, connectPageToCore } from './lib/browserBridge';

/**
 * `npm run demo`: Fallbuch on a fresh training vault (invented cases only), to try the app.
 * - With an Electron binary installed: the real app on a throw-away profile; the shell creates the
 *   training vault before its window opens (FALLBUCH_DEMO=training, unpackaged builds only).
 * - Without one: the built renderer in the system's Chromium (CHROMIUM_PATH, else /usr/bin/chromium,
 *   else a Chrome found on the machine) against the real core in this process, through the bridge
 *   the E2E suite uses (scripts/lib/browserBridge.ts) — no server, no port.
 * It prints which way it started. Options: --browser (skip Electron), --headless, --no-build,
 * --smoke (start, wait for the signed-in navigation, report and quit: what the test does).
 */

/** Argon2id at OWASP's minimum: the demo vault guards invented cases, and starts in a second. */
const DEMO_KDF = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export type DemoWay = 'electron' | 'browser';

export interface BrowserDemo {
  way: 'browser';
  chromiumPath: string;
  vaultDir: string;
  saveDir: string;
  accounts: { name: string; role: string }[];
  browser: Browser;
  page: Page;
  /** Closes the browser, locks the vault and removes the throw-away folder. */
  close: () => Promise<void>;
}

/** CHROMIUM_PATH, the Debian Chromium, then the usual places of Chromium and Chrome. */
export function findChromium(environment: NodeJS.ProcessEnv = process.env): string | null {
  const programFiles = [environment.PROGRAMFILES, environment['PROGRAMFILES(X86)'], environment.LOCALAPPDATA].filter(
    (folder): folder is string => Boolean(folder),
  );
  const candidates = [
    environment.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ...programFiles.map((folder) => path.join(folder, 'Google', 'Chrome', 'Application', 'chrome.exe')),
  ];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate))) ?? null;
}

async function buildRenderer(): Promise<void> {
  const { runPackageBin } = await import('./lib/electron.mjs');
  const code = await runPackageBin('electron-vite', 'electron-vite', ['build']);
  if (code !== 0) throw new Error(`electron-vite build ended with ${code}`);
}

/** The browser way: a core on a throw-away folder, a training vault in it, the renderer in Chromium. */
export async function startBrowserDemo(options: { headless: boolean; chromiumPath?: string }): Promise<BrowserDemo> {
  const chromiumPath = options.chromiumPath ?? findChromium();
  if (!chromiumPath)
    throw new Error('Kein Chromium/Chrome gefunden. Bitte CHROMIUM_PATH setzen. / No Chromium or Chrome found: set CHROMIUM_PATH.');
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('out/renderer fehlt / is missing: npm run build');
  const tempDir = await mkdtemp(path.join(tmpdir(), 'fallbuch-demo-'));
  const saveDir = path.join(tempDir, 'Ablage');
  await mkdir(saveDir, { recursive: true });
  const core: Core = createCore({
    configDir: path.join(tempDir, 'config'),
    defaultVaultDir: path.join(tempDir, 'Tresor'),
    kdf: DEMO_KDF,
    // No native dialogs in a browser page: files are saved to the demo's own folder, nothing is opened.
    ports: {
      chooseFolder: async () => saveDir,
      chooseSaveFile: async ({ defaultName }) => path.join(saveDir, defaultName),
      chooseOpenFiles: async () => null,
    },
  });
  const cleanUp = async () => {
    await core.dispose();
    await rm(tempDir, { recursive: true, force: true });
  };
  try {
    const created = await core.invoke('trainingVault:create', { passphrase: DEMO_TRAINING_PASSPHRASE });
    if (!created.ok) throw new Error(`trainingVault:create: ${created.error.code}`);
    const { vaultDir, accounts } = created.value as { vaultDir: string; accounts: { name: string; role: string }[] };
    const isRoot = process.getuid?.() === 0;
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: options.headless,
      args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: options.headless ? { width: 1280, height: 800 } : null, locale: 'de-DE' });
    const page = await context.newPage();
    await connectPageToCore(page, core);
    await page.goto(APP_URL);
    let isClosed = false;
    return {
      way: 'browser',
      chromiumPath,
      vaultDir,
      saveDir,
      accounts,
      browser,
      page,
      close: async () => {
        if (isClosed) return;
        isClosed = true;
        await browser.close().catch(() => undefined);
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** The Electron way: `npm start`'s build, then the app on a throw-away profile with a training vault. */
async function runElectronDemo(executable: string, args: string[]): Promise<number> {
  const { electronEnv, prepareElectronBuild, projectRoot, run } = await import('./lib/electron.mjs');
  const built = await prepareElectronBuild();
  if (built !== 0) return built;
  const profile = await mkdtemp(path.join(tmpdir(), 'fallbuch-demo-'));
  console.log(`Fallbuch-Demo: gestartet in Electron (${executable}), Profil ${profile}.`);
  console.log(`Started in Electron on a fresh training vault, signed in as „Übungskonto Beratung“.`);
  console.log(`Nach dem Sperren / after locking: „Übungskonto Beratung“ or „Übungskonto Leitung“, Kennwort „${DEMO_TRAINING_PASSPHRASE}“.`);
  try {
    return await run(executable, [projectRoot, ...args], {
      env: electronEnv({ FALLBUCH_USER_DATA_DIR: profile, FALLBUCH_DEMO: 'training' }),
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

function report(demo: BrowserDemo): void {
  console.log(`Fallbuch-Demo: gestartet im Browser (${demo.chromiumPath}) gegen den echten Kern – kein Electron-Binary.`);
  console.log(`Started in the system's Chromium against the real core (no Electron binary; no server, no port).`);
  console.log(`Schulungstresor / training vault: ${demo.vaultDir}`);
  for (const account of demo.accounts) console.log(`  Konto / account: „${account.name}“ (${account.role})`);
  console.log(`  Kennwort / passphrase: „${DEMO_TRAINING_PASSPHRASE}“`);
  console.log(`Exporte / exports: ${demo.saveDir}`);
}

async function main(argv: readonly string[]): Promise<number> {
  const flags = new Set(argv.filter((argument) => argument.startsWith('--')));
  // A Linux machine without a screen (a server, a container) cannot show a window: the demo then
  // starts headless, signs in, saves a picture of the first screen and says how to try it with one.
  const hasNoScreen = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const isSmoke = flags.has('--smoke') || hasNoScreen;
  const headless = flags.has('--headless') || isSmoke;
  if (hasNoScreen) {
    console.log('Kein Bildschirm ($DISPLAY leer): die Demo startet ohne Fenster und speichert ein Bild der Startseite.');
    console.log('No screen ($DISPLAY is empty): starting headless; for the window run it on a desktop or with `xvfb-run -a npm run demo`.');
  }
  if (!flags.has('--browser') && !isSmoke) {
    const { electronExecutable } = await import('./lib/electron.mjs');
    const executable = electronExecutable();
    if (executable)
      return runElectronDemo(
        executable,
        argv.filter((argument) => !argument.startsWith('--')),
      );
  }
  if (!flags.has('--no-build')) await buildRenderer();
  const demo = await startBrowserDemo({ headless });
  report(demo);
  if (isSmoke) {
    try {
      // The signed-in frame: the start page „Heute“ where it exists, the case list before that.
      const nav = demo.page.getByRole('navigation');
      await nav.first().waitFor({ timeout: 30_000 });
      const banner = await demo.page.locator('.training-banner-text').innerText();
      const heading = await demo.page.getByRole('heading', { level: 1 }).first().innerText();
      console.log(`Angemeldet / signed in: „${heading}“ · ${banner}`);
      if (hasNoScreen) {
        // Invented training data only; kept after the throw-away vault is gone.
        const picture = path.resolve('test-results', 'demo', 'startseite.png');
        await demo.page.screenshot({ path: picture, fullPage: true });
        console.log(`Bild der Startseite / picture of the start page: ${picture}`);
      }
    } finally {
      await demo.close();
    }
    return 0;
  }
  console.log('Zum Beenden das Browserfenster schließen (oder Strg+C). / Close the browser window (or Ctrl+C) to end.');
  await new Promise<void>((resolve) => {
    demo.browser.on('disconnected', () => resolve());
    demo.page.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await demo.close();
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
