import path from 'node:path';

/**
 * Who the app is on the desktop: its product name (profile folder, single-instance lock, window
 * class), the Windows AppUserModelId (taskbar grouping, notifications; must equal the installer's
 * `appId`, or pinned shortcuts and the running window show up as two apps) and where the vault
 * lives by default. Pure functions of platform and environment, so every platform is testable here.
 * A test checks that these constants agree with package.json and electron-builder.yml.
 */
export const PRODUCT_NAME = 'Fallbuch';
export const APP_USER_MODEL_ID = 'de.fallbuch.app';

/**
 * Development runs (`npm start`, `npm run dev`, the Electron suite) get a profile of their own, so
 * they never share configuration, default vault or single-instance lock with an installed Fallbuch
 * on the same account.
 */
export const DEVELOPMENT_PROFILE_NAME = 'Fallbuch-dev';

export function profileName(isPackaged: boolean): string {
  return isPackaged ? PRODUCT_NAME : DEVELOPMENT_PROFILE_NAME;
}

export function appUserModelId(isPackaged: boolean): string {
  return isPackaged ? APP_USER_MODEL_ID : `${APP_USER_MODEL_ID}.dev`;
}

export interface DesktopEnvironment {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
}

/** The folder for this user's data that a roaming profile does NOT carry to other machines. */
export function localDataFolder({ platform, env, homedir }: DesktopEnvironment): string {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA;
    // %LOCALAPPDATA% is never redirected to a share by folder redirection (only Roaming is).
    return local && path.win32.isAbsolute(local) ? local : path.win32.join(homedir, 'AppData', 'Local');
  }
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Application Support');
  // XDG: ~/.config is for settings, ~/.local/share for data; only an absolute value counts.
  const dataHome = env.XDG_DATA_HOME;
  return dataHome && path.posix.isAbsolute(dataHome) ? dataHome : path.posix.join(homedir, '.local', 'share');
}

/**
 * The suggested vault folder: `%LOCALAPPDATA%\Fallbuch\Tresor` on Windows (not `%APPDATA%`, which
 * roams and is often redirected to a network share, where SQLite's WAL is unsafe),
 * `~/.local/share/Fallbuch/Tresor` on Linux. The set-up still classifies it like any other folder.
 */
export function defaultVaultDir(environment: DesktopEnvironment, isPackaged: boolean): string {
  const join = environment.platform === 'win32' ? path.win32.join : path.posix.join;
  return join(localDataFolder(environment), profileName(isPackaged), 'Tresor');
}
