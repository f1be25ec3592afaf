import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findForbiddenSwitches, forbiddenSwitchesMessage, switchName } from '../../../src/main/shell/debugSwitches';
import {
  APP_USER_MODEL_ID,
  DEVELOPMENT_PROFILE_NAME,
  PRODUCT_NAME,
  appUserModelId,
  defaultVaultDir,
  profileName,
} from '../../../src/main/shell/profile';
import { isAllowedRequestUrl, isPermissionAllowed, isTrustedIpcSender, parseDevServerOrigin } from '../../../src/main/shell/requestPolicy';

const projectRoot = join(__dirname, '..', '..', '..');

describe('debugging switches refused by packaged builds', () => {
  const exe = 'C:\\Program Files\\Fallbuch\\Fallbuch.exe';

  test.each([
    [['fallbuch', '--remote-debugging-port=9222'], ['remote-debugging-port']],
    [['fallbuch', '--remote-debugging-port', '9222'], ['remote-debugging-port']],
    [['fallbuch', '-remote-debugging-port=0'], ['remote-debugging-port']],
    [['fallbuch', '--remote-debugging-pipe'], ['remote-debugging-pipe']],
    [['fallbuch', '--inspect'], ['inspect']],
    [['fallbuch', '--inspect=0.0.0.0:9229'], ['inspect']],
    [['fallbuch', '--inspect-brk=9229'], ['inspect-brk']],
    [
      ['fallbuch', '--inspect-port=1', '--inspect-publish-uid=http'],
      ['inspect-port', 'inspect-publish-uid'],
    ],
    [['fallbuch', '--debug-brk'], ['debug-brk']],
    [['fallbuch', '--inspect', '--inspect'], ['inspect']],
  ])('Linux %j → %j', (argv, expected) => {
    expect(findForbiddenSwitches(argv, 'linux')).toEqual(expected);
  });

  test('Windows also reads /switch and ignores case, as Chromium does there', () => {
    expect(findForbiddenSwitches([exe, '/remote-debugging-port=9222'], 'win32')).toEqual(['remote-debugging-port']);
    expect(findForbiddenSwitches([exe, '--Remote-Debugging-Port=9222'], 'win32')).toEqual(['remote-debugging-port']);
    expect(findForbiddenSwitches([exe, '--INSPECT'], 'win32')).toEqual(['inspect']);
    // On Linux a leading slash is a path, not a switch.
    expect(findForbiddenSwitches(['fallbuch', '/remote-debugging-port'], 'linux')).toEqual([]);
  });

  test.each([
    [['fallbuch']],
    [['fallbuch', '--lang=de']],
    [['fallbuch', '--no-sandbox', '--enable-logging']],
    [['fallbuch', 'inspect', 'remote-debugging-port']],
    [['fallbuch', '--', '--inspect']],
    [['fallbuch', '-', '--']],
    [['--inspect']],
  ])('ordinary start %j passes', (argv) => {
    expect(findForbiddenSwitches(argv, 'linux')).toEqual([]);
  });

  test('switch names: prefixes, values and what is not a switch', () => {
    expect(switchName('--a=b=c', 'linux')).toBe('a');
    expect(switchName('--', 'linux')).toBeNull();
    expect(switchName('-', 'linux')).toBeNull();
    expect(switchName('--=x', 'linux')).toBeNull();
    expect(switchName('plain', 'win32')).toBeNull();
  });

  test('the message says what was refused and why, in German first', () => {
    const message = forbiddenSwitchesMessage(['remote-debugging-port', 'inspect']);
    expect(message.split('\n')[0]).toBe('Fallbuch startet nicht mit Debug-Schaltern (--remote-debugging-port, --inspect).');
    expect(message).toContain('Zugriff auf den geöffneten Tresor');
    expect(message).toContain('Fallbuch does not start with debugging switches');
  });
});

describe('profile and default vault', () => {
  test('installed app and development runs have different profiles and AppUserModelIds', () => {
    expect(profileName(true)).toBe('Fallbuch');
    expect(profileName(false)).toBe('Fallbuch-dev');
    expect(DEVELOPMENT_PROFILE_NAME).not.toBe(PRODUCT_NAME);
    expect(appUserModelId(true)).toBe('de.fallbuch.app');
    expect(appUserModelId(false)).toBe('de.fallbuch.app.dev');
  });

  test('Windows: %LOCALAPPDATA%, never the roaming %APPDATA%', () => {
    const env = { APPDATA: 'C:\\Users\\kim\\AppData\\Roaming', LOCALAPPDATA: 'C:\\Users\\kim\\AppData\\Local' };
    const environment = { platform: 'win32' as const, env, homedir: 'C:\\Users\\kim' };
    expect(defaultVaultDir(environment, true)).toBe('C:\\Users\\kim\\AppData\\Local\\Fallbuch\\Tresor');
    expect(defaultVaultDir(environment, false)).toBe('C:\\Users\\kim\\AppData\\Local\\Fallbuch-dev\\Tresor');
    // Without the variable (or with a relative value) the standard place below the profile.
    expect(defaultVaultDir({ ...environment, env: { APPDATA: env.APPDATA } }, true)).toBe(
      'C:\\Users\\kim\\AppData\\Local\\Fallbuch\\Tresor',
    );
    expect(defaultVaultDir({ ...environment, env: { LOCALAPPDATA: 'Local' } }, true)).toBe(
      'C:\\Users\\kim\\AppData\\Local\\Fallbuch\\Tresor',
    );
  });

  test('Linux: the XDG data folder (~/.local/share), not ~/.config', () => {
    const environment = { platform: 'linux' as const, env: {}, homedir: '/home/kim' };
    expect(defaultVaultDir(environment, true)).toBe('/home/kim/.local/share/Fallbuch/Tresor');
    expect(defaultVaultDir(environment, false)).toBe('/home/kim/.local/share/Fallbuch-dev/Tresor');
    expect(defaultVaultDir({ ...environment, env: { XDG_DATA_HOME: '/srv/daten/kim' } }, true)).toBe('/srv/daten/kim/Fallbuch/Tresor');
    expect(defaultVaultDir({ ...environment, env: { XDG_DATA_HOME: 'relativ' } }, true)).toBe('/home/kim/.local/share/Fallbuch/Tresor');
  });

  test('productName and AppUserModelId agree with package.json and electron-builder.yml', () => {
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { productName?: string };
    const builder = readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8');
    const topLevel = (key: string) => new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(builder)?.[1]?.trim();
    expect(manifest.productName).toBe(PRODUCT_NAME);
    expect(topLevel('productName')).toBe(PRODUCT_NAME);
    // NSIS writes the appId as the shortcuts' AppUserModelId; the running app must use the same.
    expect(topLevel('appId')).toBe(APP_USER_MODEL_ID);
  });
});

describe('npm run dev: the dev server is trusted only in development and only on loopback', () => {
  test.each([
    ['http://localhost:5173', 'http://localhost:5173'],
    ['http://localhost:5173/', 'http://localhost:5173'],
    ['http://127.0.0.1:5174/index.html', 'http://127.0.0.1:5174'],
  ])('%s → %s', (value, origin) => {
    expect(parseDevServerOrigin(value)).toBe(origin);
  });

  test.each([
    undefined,
    '',
    'https://localhost:5173',
    'http://localhost',
    'http://example.org:5173',
    'http://user@localhost:5173',
    'file:///x',
  ])('refused: %s', (value) => {
    expect(parseDevServerOrigin(value)).toBeNull();
  });

  test('requests, IPC and the clipboard permission follow the dev server origin, nothing else', () => {
    const dev = { allowDevTools: true, devServerOrigin: 'http://localhost:5173' };
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequestUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequestUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAllowedRequestUrl('http://localhost:5173/', { allowDevTools: false })).toBe(false);
    const facts = { isAppWindow: true, isMainFrame: true, frameUrl: 'http://localhost:5173/' };
    expect(isTrustedIpcSender(facts, dev)).toBe(true);
    expect(isTrustedIpcSender(facts)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'http://localhost:5173/', dev)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'http://localhost:5173/')).toBe(false);
  });
});
