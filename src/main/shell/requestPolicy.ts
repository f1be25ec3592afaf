import path from 'node:path';
import type { Result } from '@shared/kernel/result';
import { isPathInside, type PathApi } from '../kernel/paths';

export { isPathInside };

/**
 * The security decisions of the shell as pure functions, so they can be unit-tested under plain
 * Node. Nothing here imports `electron`; the shell files only wire these answers into Electron.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'fallbuch';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Only our own files may run, style or load; nothing may connect anywhere. `data:` images are
 * allowed because Vite inlines small images that way.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The parsed URL, or null for text that is not one. */
function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * True only for `app://fallbuch/…`. Both the parsed parts and the raw prefix are checked, so forms
 * such as `app://user@fallbuch/`, `app:fallbuch/` or `app://fallbuch.evil/` never pass.
 */
export function isAppUrl(url: string): boolean {
  if (!url.startsWith(`${APP_ORIGIN}/`)) return false;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

export interface RequestPolicyOptions {
  /** DevTools load their own UI from `devtools://`; only development builds have DevTools. */
  allowDevTools: boolean;
  /**
   * `npm run dev` only: the origin of electron-vite's dev server (`http://localhost:5173`), whose
   * pages and hot-reload socket are then allowed as our own. Null in every other run.
   */
  devServerOrigin?: string | null;
}

/**
 * The dev server's origin from electron-vite's `ELECTRON_RENDERER_URL`, accepted only for plain
 * http on the loopback interface with an explicit port: anything else (another host, https, a
 * path trick) would let an environment variable point the app at a foreign page.
 */
export function parseDevServerOrigin(value: string | undefined): string | null {
  const parsed = value ? parseUrl(value) : null;
  if (!parsed) return null;
  if (parsed.protocol !== 'http:' || parsed.username !== '' || parsed.password !== '' || parsed.port === '') return null;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) return null;
  return parsed.origin;
}

function isDevServerUrl(url: string, devServerOrigin: string | null | undefined): boolean {
  if (!devServerOrigin) return false;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  // Vite's hot reload talks over a WebSocket to the same host and port.
  const origin = parsed.protocol === 'ws:' ? `http://${parsed.host}` : parsed.origin;
  return (parsed.protocol === 'http:' || parsed.protocol === 'ws:') && origin === devServerOrigin;
}

/** A page of our own: the bundle under `app://fallbuch/`, or in `npm run dev` the dev server's. */
export function isOwnPageUrl(url: string, options: Pick<RequestPolicyOptions, 'devServerOrigin'> = {}): boolean {
  return isAppUrl(url) || (isDevServerUrl(url, options.devServerOrigin) && !url.startsWith('ws:'));
}

/**
 * Decides for every request of every session whether it may proceed. Everything that could leave
 * the machine (http, https, ws, ftp …) and every local file outside our bundle (`file:`) is cancelled.
 * `data:` never leaves the process, and the CSP already limits it to images.
 */
export function isAllowedRequestUrl(url: string, options: RequestPolicyOptions): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith('data:image/')) return true;
  if (isDevServerUrl(url, options.devServerOrigin)) return true;
  if (options.allowDevTools && url.startsWith('devtools://')) return true;
  return false;
}

/** The only frame that may talk to the core: the top frame of our window, showing our own page. */
export interface IpcSenderFacts {
  /** The sender is the window the shell created (not some other web contents). */
  isAppWindow: boolean;
  /** The sending frame is that window's main frame (not an iframe). */
  isMainFrame: boolean;
  /** URL of the sending frame, or null when the frame is already gone. */
  frameUrl: string | null;
}

export function isTrustedIpcSender(facts: IpcSenderFacts, options: Pick<RequestPolicyOptions, 'devServerOrigin'> = {}): boolean {
  return facts.isAppWindow && facts.isMainFrame && facts.frameUrl !== null && isOwnPageUrl(facts.frameUrl, options);
}

/** What an untrusted sender gets back: the same envelope as any refused call, with no detail. */
export function forbiddenResult(): Result<never> {
  return { ok: false, error: { code: 'FORBIDDEN', message: 'error.FORBIDDEN' } };
}

/**
 * Maps `app://fallbuch/<path>` to a file below `root`, or null when the URL must be refused.
 * Chromium already normalises dot segments, so any `..` that still arrives (raw or percent-encoded)
 * is an attack and is refused outright instead of being resolved; the prefix check after resolving
 * is the second line of defence (drive letters, UNC paths, backslashes on Windows).
 */
export function resolveAppPath(root: string, url: string, pathApi: PathApi = path): string | null {
  if (!isAppUrl(url)) return null;
  const rawPath = url.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // Control characters, drive letters / alternate data streams and backslashes never occur in
  // the names Vite writes; on Windows they would change what the path means.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (/[\u0000-\u001f\u007f:\\]/.test(decoded)) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const relative = decoded.replace(/^\/+/, '');
  const base = pathApi.resolve(root);
  const candidate = pathApi.resolve(base, relative === '' ? 'index.html' : relative);
  return isPathInside(base, candidate, pathApi) ? candidate : null;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/**
 * With `nosniff`, Chromium runs a script or applies a stylesheet only when its MIME type says so;
 * unknown types are served as opaque bytes so they can never execute.
 */
export function mimeTypeFor(filePath: string): string {
  const dot = filePath.lastIndexOf('.');
  const slash = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  if (dot <= slash + 1) return 'application/octet-stream';
  return MIME_TYPES[filePath.slice(dot).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers for every response of the `app:` protocol, including errors. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    // Nothing from the bundle needs to be cached on disk, and no URL needs to be sent anywhere.
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * The one permission the app needs: writing plain text to the clipboard (the recovery key's
 * "Kopieren" button), and only for our own pages. Reading the clipboard stays denied.
 */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  options: Pick<RequestPolicyOptions, 'devServerOrigin'> = {},
): boolean {
  return permission === 'clipboard-sanitized-write' && isOwnPageUrl(requestingUrl, options);
}
