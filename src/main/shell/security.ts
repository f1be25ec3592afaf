import { app, type Session, type WebContents } from 'electron';
import { isAllowedRequestUrl, isPermissionAllowed, type RequestPolicyOptions } from './requestPolicy';

/**
 * Hardening that does not depend on which window asks. It is applied to every session and every
 * web contents as they are created, so a future window, DevTools, or a partition someone adds later
 * cannot quietly get a looser setup than the main window.
 */

const hardenedSessions = new WeakSet<Session>();

export function hardenSession(session: Session, options: RequestPolicyOptions): void {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);

  // The last line against exfiltration: even if CSP or a navigation check failed, no request to
  // anything but our own bundle leaves this session.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, options) });
  });

  // Camera, microphone, geolocation, notifications, clipboard read, HID/USB/serial … are never
  // needed by a case notebook; deny both the prompt and the silent check. Only writing text to the
  // clipboard from our own pages is allowed (copying the recovery key at set-up).
  session.setPermissionRequestHandler((webContents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl ?? webContents.getURL(), options)),
  );
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, `${requestingOrigin}/`, options),
  );
  session.setDevicePermissionHandler(() => false);
  // Screen capture is never granted: no video and no audio stream is a refusal (Electron 42's types
  // take a Streams object; `null` is only typed from later versions).
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));

  // The spellchecker sends typed words to dictionary services and downloads dictionaries; case
  // notes must not leave the machine that way.
  session.setSpellCheckerEnabled(false);

  // Exports are written by the core to a place the user chooses; a browser download would write
  // renderer-made bytes wherever Chromium decides.
  session.on('will-download', (event) => event.preventDefault());
}

export function hardenWebContents(contents: WebContents, options: RequestPolicyOptions): void {
  // loadURL from the main process does not emit these, so preventing all of them only stops
  // navigations the page (or an injected link) starts.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  if (!options.allowDevTools) {
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
  hardenSession(contents.session, options);
}

/** Must run before `app` is ready so that the default session is covered from its creation. */
export function installSecurity(options: RequestPolicyOptions): void {
  app.on('session-created', (session) => hardenSession(session, options));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));
}
