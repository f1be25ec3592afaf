import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol, type Session } from 'electron';
import { APP_SCHEME, appResponseHeaders, mimeTypeFor, resolveAppPath } from './requestPolicy';

/**
 * Must run before `app` is ready. `standard` gives `app://fallbuch` a real origin (so CSP `'self'`
 * and relative URLs work), `secure` makes it a secure context like https. No fetch API and no
 * CORS: the renderer has nothing to fetch; it talks to the core only through the preload.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: false },
    },
  ]);
}

/** The renderer bundle: `out/renderer` next to `out/main` (inside app.asar when packaged). */
export function rendererRoot(): string {
  return path.join(__dirname, '..', 'renderer');
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/**
 * Serves `app://fallbuch/…` from the renderer bundle and nothing else. Every refusal is a plain
 * 404 that does not say whether a file exists outside the bundle.
 */
export function handleAppProtocol(session: Session, root: string = rendererRoot()): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method Not Allowed');
    }
    const filePath = resolveAppPath(root, request.url);
    if (filePath === null) return textResponse(404, 'Not Found');
    let body: Buffer;
    try {
      body = await readFile(filePath);
    } catch {
      // Missing file, a directory, or unreadable: all the same to the renderer.
      return textResponse(404, 'Not Found');
    }
    const headers = appResponseHeaders(mimeTypeFor(filePath));
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  });
}

/**
 * The app never reads `file:` URLs. Chromium may serve them without consulting webRequest, so the
 * scheme itself is answered with 404 in our session: no page, iframe or redirect can read local
 * files (vault, key slots, config) through it.
 */
export function refuseFileProtocol(session: Session): void {
  session.protocol.handle('file', () => textResponse(404, 'Not Found'));
}
