import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, dialog, session, type BrowserWindow, type FileFilter, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { translate, type MessageKey } from '@shared/i18n';
import { DEMO_TRAINING_PASSPHRASE } from '@shared/training/contract';
import type { Language } from '@shared/kernel/language';
import { createCore, type Core } from '../app/createCore';
import { type ExportFileKind, type OpenFileRequest, type SaveFileRequest } from '../kernel/ports';
import { registerIpc } from './ipc';
import { handleAppProtocol, refuseFileProtocol, registerAppScheme } from './protocol';
import { hardenSession, installSecurity } from './security';
import { languageFromResult } from './language';
import { applyAppMenu, createMainWindow, focusWindow } from './window';

const isPackaged = app.isPackaged;
const shellOptions = { allowDevTools: !isPackaged };

// Electron E2E tests start the app on a throw-away profile. Packaged builds ignore the variable, so
// nothing in a user's environment can point the app at a different configuration.
const userDataOverride = process.env.FALLBUCH_USER_DATA_DIR;
if (!isPackaged && userDataOverride) app.setPath('userData', path.resolve(userDataOverride));
// `npm run demo` (unpackaged only): a fresh profile gets a training vault before the window opens.
const isTrainingDemo = !isPackaged && process.env.FALLBUCH_DEMO === 'training';

// Everything below must happen before `ready`. The crash reporter is never started (a crash dump
// holds process memory, i.e. keys and case data) and there is no auto-updater: nothing is imported
// that could send anything anywhere.
app.enableSandbox();
registerAppScheme();
installSecurity(shellOptions);

/** The SQLite binding built for Electron's ABI; node_modules holds the one for the system Node. */
function nativeBindingPath(): string | undefined {
  if (isPackaged) return path.join(process.resourcesPath, 'native', 'better_sqlite3.node');
  const devBinding = path.resolve(__dirname, '..', '..', 'build', 'electron-native', 'better_sqlite3.node');
  if (existsSync(devBinding)) return devBinding;
  console.warn('[fallbuch] build/electron-native/better_sqlite3.node fehlt / is missing: npm run native:electron');
  return undefined;
}

let mainWindow: BrowserWindow | null = null;
// The core's default; the first `vault:status` the renderer asks for reports the configured one.
let language: Language = 'de';

function currentWindow(): BrowserWindow | null {
  return mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null;
}

async function chooseFolder(defaultPath: string): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: translate(language, 'shell.chooseFolder.title' satisfies MessageKey),
    buttonLabel: translate(language, 'shell.chooseFolder.button' satisfies MessageKey),
    defaultPath,
    properties: ['openDirectory', 'createDirectory'],
  };
  const window = currentWindow();
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (result.canceled) return null;
  return result.filePaths[0] ?? null;
}

const FILE_FILTERS: Record<ExportFileKind, { key: MessageKey; extensions: string[] }> = {
  json: { key: 'shell.file.json', extensions: ['json'] },
  csv: { key: 'shell.file.csv', extensions: ['csv'] },
  pdf: { key: 'shell.file.pdf', extensions: ['pdf'] },
  markdown: { key: 'shell.file.markdown', extensions: ['md'] },
  checkpoint: { key: 'shell.file.checkpoint', extensions: ['fbcheckpoint', 'json'] },
  backup: { key: 'shell.file.backup', extensions: ['fbbackup'] },
  archive: { key: 'shell.file.archive', extensions: ['fbarchive', 'json'] },
};

function filterFor(kind: ExportFileKind): FileFilter {
  const { key, extensions } = FILE_FILTERS[kind];
  return { name: translate(language, key), extensions };
}

async function chooseSaveFile(request: SaveFileRequest): Promise<string | null> {
  const options: SaveDialogOptions = {
    defaultPath: path.join(app.getPath('documents'), request.defaultName),
    filters: [filterFor(request.kind)],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const window = currentWindow();
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  return result.filePath;
}

async function chooseOpenFiles(request: OpenFileRequest): Promise<string[] | null> {
  const options: OpenDialogOptions = {
    filters: [filterFor(request.kind)],
    properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  };
  const window = currentWindow();
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (result.canceled || result.filePaths.length === 0) return null;
  return result.filePaths;
}

/**
 * Quitting waits for the core to lock the vault (closing the database, wiping the key). A hung
 * dispose must not keep the app alive forever: after the timeout the process ends anyway, which
 * also drops the key from memory.
 */
function disposeOnQuit(core: Core): void {
  const DISPOSE_TIMEOUT_MS = 10_000;
  let state: 'running' | 'disposing' | 'disposed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'disposed') return;
    event.preventDefault();
    if (state === 'disposing') return;
    state = 'disposing';
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, DISPOSE_TIMEOUT_MS).unref());
    Promise.race([core.dispose(), timeout])
      .catch(() => {
        // Nothing to report that could not contain a path; the process is ending either way.
      })
      .finally(() => {
        state = 'disposed';
        app.quit();
      });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => app.quit());
  }
}

async function start(): Promise<void> {
  const core = createCore({
    configDir: app.getPath('userData'),
    defaultVaultDir: path.join(app.getPath('userData'), 'Tresor'),
    nativeBinding: nativeBindingPath(),
    ports: { chooseFolder, chooseSaveFile, chooseOpenFiles },
    appVersion: app.getVersion(),
  });
  disposeOnQuit(core);

  applyAppMenu(language, shellOptions);

  hardenSession(session.defaultSession, shellOptions);
  handleAppProtocol(session.defaultSession);
  refuseFileProtocol(session.defaultSession);

  registerIpc({
    core,
    getWindow: currentWindow,
    onResult: (channel, result) => {
      const reported = languageFromResult(channel, result);
      if (reported === null || reported === language) return;
      language = reported;
      applyAppMenu(language, shellOptions);
    },
  });

  if (isTrainingDemo) {
    const status = await core.invoke('vault:status', {});
    if (status.ok && (status.value as { state: string }).state === 'uninitialised') {
      await core.invoke('trainingVault:create', { passphrase: DEMO_TRAINING_PASSPHRASE });
    }
  }

  mainWindow = createMainWindow(shellOptions);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function showStartupError(): void {
  dialog.showErrorBox('Fallbuch', translate(language, 'error.INTERNAL' satisfies MessageKey));
}

// The lock lives in the user-data folder, so isolated test profiles do not block each other.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(currentWindow()));
  // Closing the window ends the app on every platform: an open vault without a window is useless.
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Only the kind of failure: messages of lower layers may quote paths.
      console.error(`[fallbuch] start failed (${error instanceof Error ? error.name : typeof error})`);
      showStartupError();
      app.exit(1);
    });
}
