import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import type { Core } from '../../src/main/app/createCore';
// The shell's own header and MIME rules, so the renderer runs under exactly the CSP it gets in the app.
import { appResponseHeaders, mimeTypeFor } from '../../src/main/shell/requestPolicy';

/**
 * The built renderer in a plain Chromium page, talking to a real core in this Node process: the
 * bridge of the E2E suite (ARCHITECTURE.md §3 item 2) and of `npm run demo` where no Electron binary
 * is installed. `window.fallbuch` is built by the same `createApi` the preload uses, fed by
 * `page.exposeBinding` instead of IPC; every file is answered by `page.route` on a fixed origin that
 * never resolves — no server, no port. Requests to anything else are refused.
 */

export const APP_ORIGIN = 'https://fallbuch.invalid';
export const APP_URL = `${APP_ORIGIN}/index.html`;

const REPO_ROOT = path.resolve(__dirname, '../..');
export const RENDERER_DIR = path.join(REPO_ROOT, 'out/renderer');
const API_ENTRY = path.join(REPO_ROOT, 'src/shared/contract/api.ts');

let bridgeScript: Promise<string> | undefined;

/** `createApi` from the shared layer, bundled once per process, installed as a read-only `window.fallbuch`. */
export function buildBridgeScript(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [API_ENTRY],
    bundle: true,
    format: 'iife',
    globalName: 'fallbuchShared',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const code = result.outputFiles[0]?.text;
    if (!code) throw new Error('esbuild produced no bundle for src/shared/contract/api.ts');
    // Like contextBridge: a read-only `window.fallbuch`, and no other global left behind.
    return `(() => {
${code}
Object.defineProperty(window, 'fallbuch', {
  value: fallbuchShared.createApi((channel, payload) => window.__fallbuchInvoke(channel, payload)),
  writable: false, configurable: false, enumerable: true,
});
})();`;
  });
  return bridgeScript;
}

/** Maps a URL of the fixed origin to a file of the built renderer, or null (→ 404). */
export function rendererFileFor(url: URL): string | null {
  const decoded = decodeURIComponent(url.pathname);
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(RENDERER_DIR, relative);
  return file.startsWith(RENDERER_DIR + path.sep) ? file : null;
}

export interface BridgeOptions {
  /** Every channel the page calls (payloads are not passed on: they hold passphrases). */
  onCall?: (channel: string) => void;
  /** A request outside the app's origin, refused. */
  onBlocked?: (request: string) => void;
  /** Awaited before a call goes to the core (the E2E suite holds a call with it); the payload is only looked at. */
  beforeCall?: (channel: string, payload: unknown) => Promise<void>;
}

/** Connects `page` to `core`: the binding, `window.fallbuch`, and the renderer's files on the fixed origin. */
export async function connectPageToCore(page: Page, core: Core, options: BridgeOptions = {}): Promise<void> {
  await page.exposeBinding('__fallbuchInvoke', async (_source, channel: unknown, payload: unknown) => {
    options.onCall?.(String(channel));
    await options.beforeCall?.(String(channel), payload);
    return core.invoke(String(channel), payload);
  });
  await page.addInitScript({ content: await buildBridgeScript() });
  await page.context().route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin !== APP_ORIGIN) {
      options.onBlocked?.(`${request.method()} ${request.url()}`);
      await route.abort('blockedbyclient');
      return;
    }
    const file = rendererFileFor(url);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) {
      await route.fulfill({ status: 404, headers: appResponseHeaders('text/plain; charset=utf-8'), body: 'Not Found' });
      return;
    }
    await route.fulfill({ status: 200, headers: appResponseHeaders(mimeTypeFor(file)), body });
  });
}
