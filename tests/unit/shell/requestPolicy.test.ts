import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  appResponseHeaders,
  forbiddenResult,
  isAllowedRequestUrl,
  isAppUrl,
  isPathInside,
  isTrustedIpcSender,
  mimeTypeFor,
  resolveAppPath,
} from '../../../src/main/shell/requestPolicy';
import { languageFromResult } from '../../../src/main/shell/language';

const production = { allowDevTools: false };
const development = { allowDevTools: true };

describe('request policy (webRequest.onBeforeRequest)', () => {
  test.each(['app://fallbuch/index.html', 'app://fallbuch/assets/x.js', 'app://fallbuch/assets/index-Bx3_k9.css?v=1'])(
    'allows our own bundle: %s',
    (url) => {
      expect(isAllowedRequestUrl(url, production)).toBe(true);
    },
  );

  test.each([
    'https://example.org',
    'http://localhost:5173/',
    'wss://example.org/socket',
    'ftp://example.org/',
    'file:///',
    'file:///etc/passwd',
    'blob:app://fallbuch/0b6c',
    'devtools://devtools/bundled/devtools_app.html',
    'chrome-extension://abc/x.js',
    'app://other/index.html',
    'app://fallbuch.example.org/index.html',
    'app://user@fallbuch/index.html',
    'app:fallbuch/index.html',
    'data:text/html,<script>alert(1)</script>',
    '',
    'not a url',
  ])('cancels everything else in production: %s', (url) => {
    expect(isAllowedRequestUrl(url, production)).toBe(false);
  });

  test('DevTools only in development', () => {
    const url = 'devtools://devtools/bundled/devtools_app.html';
    expect(isAllowedRequestUrl(url, development)).toBe(true);
    expect(isAllowedRequestUrl(url, production)).toBe(false);
    expect(isAllowedRequestUrl('https://example.org', development)).toBe(false);
  });

  test('inline images (Vite inlines small assets as data: URLs) pass; CSP limits them to img-src', () => {
    expect(isAllowedRequestUrl('data:image/png;base64,iVBORw0KGgo=', production)).toBe(true);
  });
});

describe('app URL', () => {
  test('the entry URL is an app URL', () => {
    expect(APP_ENTRY_URL).toBe('app://fallbuch/index.html');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
  });

  test.each(['app://fallbuch', 'app://FALLBUCH/index.html', 'app://u:p@fallbuch/', 'https://fallbuch/'])('refuses %s', (url) =>
    expect(isAppUrl(url)).toBe(false),
  );
});

describe('resolveAppPath (protocol handler)', () => {
  const root = path.resolve('/srv/fallbuch/out/renderer');

  test('maps our URLs into the bundle', () => {
    expect(resolveAppPath(root, 'app://fallbuch/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://fallbuch/assets/x.js')).toBe(path.join(root, 'assets', 'x.js'));
    expect(resolveAppPath(root, 'app://fallbuch/assets/x.js?v=2#top')).toBe(path.join(root, 'assets', 'x.js'));
    expect(resolveAppPath(root, 'app://fallbuch/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://fallbuch/fonts/Inter%20Regular.woff2')).toBe(path.join(root, 'fonts', 'Inter Regular.woff2'));
  });

  test.each([
    'app://fallbuch/../../etc/passwd',
    'app://fallbuch/assets/../../../etc/passwd',
    'app://fallbuch/%2e%2e/%2e%2e/etc/passwd',
    'app://fallbuch/..%2f..%2f..%2fetc%2fpasswd',
    'app://fallbuch/assets/%2E%2E%2F%2E%2E%2Fpackage.json',
    'app://fallbuch/./index.html',
    'app://fallbuch/..%5c..%5cwindows%5cwin.ini',
    'app://fallbuch/C:%2fWindows%2fwin.ini',
    'app://fallbuch/index.html%00.js',
    'app://fallbuch/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://example.org/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  test('Windows rules hold on every platform (backslashes, drives, UNC)', () => {
    const winRoot = 'C:\\Program Files\\Fallbuch\\resources\\app.asar\\out\\renderer';
    expect(resolveAppPath(winRoot, 'app://fallbuch/assets/x.js', path.win32)).toBe(`${winRoot}\\assets\\x.js`);
    expect(resolveAppPath(winRoot, 'app://fallbuch/..%5c..%5cx', path.win32)).toBeNull();
    expect(resolveAppPath(winRoot, 'app://fallbuch/%5c%5cserver%5cshare%5cx', path.win32)).toBeNull();
    expect(resolveAppPath(winRoot, 'app://fallbuch/D:%5cx', path.win32)).toBeNull();
  });
});

describe('isPathInside', () => {
  test('a sibling folder sharing the prefix is outside', () => {
    expect(isPathInside('/a/renderer', '/a/renderer-evil/x.js', path.posix)).toBe(false);
    expect(isPathInside('/a/renderer', '/a/renderer/x.js', path.posix)).toBe(true);
    expect(isPathInside('/a/renderer', '/a/renderer', path.posix)).toBe(false);
    expect(isPathInside('/a/renderer', '/a/renderer/../x.js', path.posix)).toBe(false);
  });
});

describe('MIME types', () => {
  test.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['no-extension', 'application/octet-stream'],
    ['.hidden', 'application/octet-stream'],
    ['dir.d/file', 'application/octet-stream'],
    ['payload.exe', 'application/octet-stream'],
  ])('%s → %s', (file, mime) => {
    expect(mimeTypeFor(file)).toBe(mime);
  });
});

describe('response headers', () => {
  test('every response carries the exact CSP and nosniff', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
  });

  test('the CSP never allows inline or eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});

describe('IPC sender check', () => {
  const trusted = { isAppWindow: true, isMainFrame: true, frameUrl: 'app://fallbuch/index.html' };

  test('our main frame on our page is trusted', () => {
    expect(isTrustedIpcSender(trusted)).toBe(true);
  });

  test.each([
    { ...trusted, isAppWindow: false },
    { ...trusted, isMainFrame: false },
    { ...trusted, frameUrl: null },
    { ...trusted, frameUrl: 'https://example.org/' },
    { ...trusted, frameUrl: 'file:///tmp/x.html' },
    { ...trusted, frameUrl: 'app://other/index.html' },
    { ...trusted, frameUrl: 'devtools://devtools/bundled/devtools_app.html' },
  ])('refuses %o', (facts) => {
    expect(isTrustedIpcSender(facts)).toBe(false);
  });

  test('refusal is the FORBIDDEN envelope with a message key only', () => {
    expect(forbiddenResult()).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'error.FORBIDDEN' } });
  });
});

describe('shell language', () => {
  test('is taken from answers that carry it', () => {
    expect(languageFromResult('vault:status', { ok: true, value: { state: 'locked', language: 'en' } })).toBe('en');
    expect(languageFromResult('settings:update', { ok: true, value: { language: 'de', autoLockMinutes: 5 } })).toBe('de');
  });

  test('is not taken from failures, other channels or unknown values', () => {
    expect(languageFromResult('vault:status', { ok: false, error: { code: 'INTERNAL', message: 'x' } })).toBeNull();
    expect(languageFromResult('app:info', { ok: true, value: { language: 'en' } })).toBeNull();
    expect(languageFromResult('vault:status', { ok: true, value: { language: 'fr' } })).toBeNull();
    expect(languageFromResult('vault:status', null)).toBeNull();
  });
});

describe('isPermissionAllowed', () => {
  test('only clipboard writes from the app itself', async () => {
    const { isPermissionAllowed } = await import('../../../src/main/shell/requestPolicy');
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://fallbuch/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.org/')).toBe(false);
    expect(isPermissionAllowed('clipboard-read', 'app://fallbuch/index.html')).toBe(false);
    expect(isPermissionAllowed('media', 'app://fallbuch/index.html')).toBe(false);
    expect(isPermissionAllowed('notifications', 'app://fallbuch/')).toBe(false);
  });
});
