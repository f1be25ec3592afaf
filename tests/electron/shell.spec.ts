import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHANNELS } from '../../src/shared/contract/channels';
import { SetupScreen } from './pages/SetupScreen';
import { expect, projectRoot, test } from './fixtures';

const APP_URL_PREFIX = 'app://fallbuch/';

function expectedApiShape(): Record<string, string[]> {
  const shape: Record<string, string[]> = {};
  for (const channel of CHANNELS) {
    const [area, verb] = channel.split(':');
    if (area === undefined || verb === undefined) throw new Error(`malformed channel ${channel}`);
    (shape[area] ??= []).push(verb);
  }
  for (const verbs of Object.values(shape)) verbs.sort();
  return shape;
}

test('the set-up screen appears on a fresh profile, served from app://fallbuch/', async ({ page }) => {
  await expect(new SetupScreen(page).heading).toBeVisible();
  expect(page.url()).toBe('app://fallbuch/index.html');
  expect(await page.title()).toContain('Fallbuch');
});

test('window.fallbuch has exactly the areas and verbs of CHANNELS and nothing else crosses the bridge', async ({ page }) => {
  const exposed = await page.evaluate(() => {
    const shape: Record<string, string[]> = {};
    for (const [area, calls] of Object.entries(window.fallbuch)) {
      shape[area] = Object.keys(calls).sort();
    }
    return {
      shape,
      hasIpcRenderer: 'ipcRenderer' in window,
      hasElectron: 'electron' in window,
    };
  });
  expect(exposed.shape).toEqual(expectedApiShape());
  expect(exposed.hasIpcRenderer).toBe(false);
  expect(exposed.hasElectron).toBe(false);
});

test('the renderer has no Node: require, process, module, Buffer are undefined', async ({ page }) => {
  const types = await page.evaluate(() => ({
    require: typeof require,
    process: typeof process,
    module: typeof module,
    Buffer: typeof Buffer,
  }));
  expect(types).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined' });
});

test('IPC reaches the core from our window', async ({ page }) => {
  const status = await page.evaluate(() => window.fallbuch.vault.status({}));
  expect(status.ok).toBe(true);
  if (status.ok) expect(status.value.state).toBe('uninitialised');
});

test('IPC from any other frame is refused with FORBIDDEN, even with our preload on our page', async ({ electronApp }) => {
  const preload = path.join(projectRoot, 'out', 'preload', 'index.js');
  const answer = await electronApp.evaluate(async ({ BrowserWindow }, preloadPath) => {
    const intruder = new BrowserWindow({
      show: false,
      webPreferences: { preload: preloadPath, sandbox: true, contextIsolation: true },
    });
    try {
      await intruder.loadURL('app://fallbuch/index.html');
      return (await intruder.webContents.executeJavaScript('window.fallbuch.vault.status({})')) as unknown;
    } finally {
      intruder.destroy();
    }
  }, preload);
  expect(answer).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'error.FORBIDDEN' } });
});

test('the CSP header is sent and enforced: inline scripts and foreign images never run', async ({ electronApp, page }) => {
  const response = await electronApp.evaluate(async ({ net }) => {
    const result = await net.fetch('app://fallbuch/index.html');
    return {
      status: result.status,
      csp: result.headers.get('content-security-policy'),
      nosniff: result.headers.get('x-content-type-options'),
      contentType: result.headers.get('content-type'),
    };
  });
  expect(response).toEqual({
    status: 200,
    csp:
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
      "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    nosniff: 'nosniff',
    contentType: 'text/html; charset=utf-8',
  });

  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.inlineRan = "yes";';
    document.head.append(script);
    const image = document.createElement('img');
    const imageLoaded = new Promise<boolean>((resolve) => {
      image.onload = () => resolve(true);
      image.onerror = () => resolve(false);
    });
    image.src = 'https://example.org/pixel.png';
    document.body.append(image);
    const loaded = await imageLoaded;
    await new Promise((resolve) => setTimeout(resolve, 200));
    script.remove();
    image.remove();
    return { inlineRan: document.documentElement.dataset.inlineRan === 'yes', imageLoaded: loaded, violations };
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.imageLoaded).toBe(false);
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'img-src']));
});

test('the app: protocol serves only the renderer bundle; other origins and file: get nothing', async ({ electronApp }) => {
  const outcomes = await electronApp.evaluate(
    async ({ net }, packageJson) => {
      const urls = [
        'app://fallbuch/..%2f..%2fpackage.json',
        'app://fallbuch/%2e%2e/%2e%2e/package.json',
        'app://fallbuch/..%5c..%5cpackage.json',
        'app://fallbuch/assets/',
        'app://fallbuch/does-not-exist.js',
        'app://other/index.html',
        packageJson,
      ];
      const result: Record<string, number | 'blocked'> = {};
      for (const url of urls) {
        try {
          result[url] = (await net.fetch(url)).status;
        } catch {
          result[url] = 'blocked';
        }
      }
      return result;
    },
    pathToFileURL(path.join(projectRoot, 'package.json')).href,
  );
  for (const [url, outcome] of Object.entries(outcomes)) {
    if (url.startsWith('app://fallbuch/')) expect(outcome, url).toBe(404);
    else expect([404, 'blocked'], url).toContain(outcome);
  }
});

test('navigation away from the app is blocked (link, location, main-process load)', async ({ electronApp, page }) => {
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://example.org/';
    link.textContent = 'away';
    document.body.append(link);
    link.click();
    link.remove();
  });
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(page.url().startsWith(APP_URL_PREFIX)).toBe(true);
  const mainUrl = await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getURL());
  expect(mainUrl?.startsWith(APP_URL_PREFIX)).toBe(true);

  // A load the main process starts bypasses will-navigate; only webRequest stands in its way.
  const load = await electronApp.evaluate(async ({ BrowserWindow }) => {
    const probe = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true } });
    try {
      await probe.loadURL('https://example.org/');
      return 'loaded';
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      probe.destroy();
    }
  });
  expect(load).toContain('ERR_BLOCKED_BY_CLIENT');
});

test('window.open is denied and opens no window', async ({ electronApp, page }) => {
  const opened = await page.evaluate(() => [
    window.open('https://example.org/') === null,
    window.open('app://fallbuch/index.html') === null,
    window.open('') === null,
  ]);
  expect(opened).toEqual([true, true, true]);
  expect(electronApp.windows()).toHaveLength(1);
  const count = await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
  expect(count).toBe(1);
});

test('permission requests are denied', async ({ page }) => {
  const state = await page.evaluate(async () => {
    try {
      return (await navigator.permissions.query({ name: 'geolocation' })).state;
    } catch {
      return 'error';
    }
  });
  expect(state).not.toBe('granted');
});
