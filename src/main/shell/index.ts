import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { app, dialog, session, type BrowserWindow, type FileFilter, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { translate, type MessageKey } from '@shared/i18n';
import { DEMO_TRAINING_PASSPHRASE } from '@shared/training/contract';
import type { Language } from '@shared/kernel/language';
import { createCore, type Core } from '../app/createCore';
import { type ExportFileKind, type FolderPurpose, type OpenFileRequest, type SaveFileRequest } from '../kernel/ports';
import { loadMachinePolicy, machinePolicyPath, policyProblemMessage, type PolicyLoadResult } from '../policy';
import { KNOWN_DEBUG_SWITCHES, findForbiddenSwitches, forbiddenSwitchesMessage } from './debugSwitches';
import { registerIpc } from './ipc';
import { appUserModelId, defaultVaultDir, profileName } from './profile';
import { handleAppProtocol, refuseFileProtocol, registerAppScheme } from './protocol';
import { parseDevServerOrigin } from './requestPolicy';
import { hardenSession, installSecurity } from './security';
import { languageFromResult } from './language';
import { applyAppMenu, createMainWindow, focusWindow } from './window';

const isPackaged = app.isPackaged;
// The smoke-test build of the packaged app (package:smoke) is started by Playwright, which needs
// --inspect and --remote-debugging-port and a throw-away profile; every real build has this false.
const isSmokeTestBuild = __FALLBUCH_SMOKE_TEST_BUILD__;
const isTestable = !isPackaged || isSmokeTestBuild;

/** Shown before anything else exists (no window, no language setting): German first. */
function refuseToStart(title: string, message: string): void {
  console.error(`[fallbuch] ${message}`);
  dialog.showErrorBox(title, message);
  app.exit(1);
}

/**
 * The checks that must pass before anything is set up: no debugging switches in packaged builds,
 * and a machine policy that is either absent or valid. Returns false when the app must not start.
 */
function passesStartupChecks(): { policy: Extract<PolicyLoadResult, { ok: true }> } | null {
  if (!isTestable) {
    const found = findForbiddenSwitches(process.argv, process.platform);
    for (const name of KNOWN_DEBUG_SWITCHES) if (app.commandLine.hasSwitch(name) && !found.includes(name)) found.push(name);
    if (found.length > 0) {
      refuseToStart('Fallbuch', forbiddenSwitchesMessage(found));
      return null;
    }
  }
  // Tests point at their own policy file; an installed app reads only the machine-wide one, so no
  // user can swap in a more lenient policy through the environment.
  const override = isTestable ? process.env.FALLBUCH_POLICY_FILE : undefined;
  const policy = loadMachinePolicy(override ? path.resolve(override) : machinePolicyPath(process.platform, process.env));
  if (!policy.ok) {
    refuseToStart(translate('de', 'policy.problem.title'), policyProblemMessage('de', policy.problem));
    return null;
  }
  return { policy };
}

const startup = passesStartupChecks();

// Development runs get their own profile (Fallbuch-dev): configuration, default vault and the
// single-instance lock never mix with an installed Fallbuch. Electron E2E tests use a throw-away
// profile; packaged builds ignore the variable, so nothing in a user's environment can point the
// app at a different configuration.
const profile = profileName(isPackaged);
const userDataOverride = isTestable ? process.env.FALLBUCH_USER_DATA_DIR : undefined;
if (!isPackaged) app.setName(profile);
app.setPath('userData', userDataOverride ? path.resolve(userDataOverride) : path.join(app.getPath('appData'), profile));
if (process.platform === 'win32') app.setAppUserModelId(appUserModelId(isPackaged));

const devServerOrigin = isPackaged ? null : parseDevServerOrigin(process.env.ELECTRON_RENDERER_URL);
const shellOptions = { allowDevTools: !isPackaged, devServerOrigin };
// `npm run demo` (unpackaged only): a fresh profile gets a training vault before the window opens.
const isTrainingDemo = !isPackaged && process.env.FALLBUCH_DEMO === 'training';

// Everything below must happen before `ready`. The crash reporter is never started (a crash dump
// holds process memory, i.e. keys and case data) and there is no auto-updater: nothing is imported
// that could send anything anywhere.
if (startup) {
  app.enableSandbox();
  registerAppScheme();
  installSecurity(shellOptions);
}

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

async function chooseFolder(defaultPath: string, _purpose?: FolderPurpose): Promise<string | null> {
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
  docx: { key: 'shell.file.docx', extensions: ['docx'] },
  image: { key: 'shell.file.image', extensions: ['png', 'jpg', 'jpeg'] },
  documents: { key: 'shell.file.documents', extensions: ['pdf', 'jpg', 'jpeg', 'png', 'heic', 'heif', 'docx', 'odt', 'xlsx'] },
  anyFile: { key: 'shell.file.anyFile', extensions: ['*'] },
  spreadsheet: { key: 'shell.file.spreadsheet', extensions: ['xlsx', 'csv'] },
  zip: { key: 'shell.file.zip', extensions: ['zip'] },
};

function filterFor(kind: ExportFileKind): FileFilter {
  const { key, extensions } = FILE_FILTERS[kind];
  return { name: translate(language, key), extensions };
}

async function chooseSaveFile(request: SaveFileRequest): Promise<string | null> {
  const options: SaveDialogOptions = {
    defaultPath: path.join(request.defaultFolder ?? app.getPath('documents'), request.defaultName),
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

async function start(policy: Extract<PolicyLoadResult, { ok: true }>): Promise<void> {
  const core = createCore({
    configDir: app.getPath('userData'),
    // Local, non-roaming app data (%LOCALAPPDATA%, ~/.local/share); inside a test profile for tests.
    defaultVaultDir: userDataOverride
      ? path.join(path.resolve(userDataOverride), 'Tresor')
      : defaultVaultDir({ platform: process.platform, env: process.env, homedir: homedir() }, isPackaged),
    policy: { rules: policy.policy, file: policy.file },
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
    devServerOrigin,
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

  mainWindow = createMainWindow({ ...shellOptions, entryUrl: devServerOrigin ? `${devServerOrigin}/` : undefined });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function showStartupError(): void {
  dialog.showErrorBox('Fallbuch', translate(language, 'error.INTERNAL' satisfies MessageKey));
}

// The lock lives in the user-data folder, so isolated test profiles do not block each other.
if (!startup) {
  // refuseToStart already ended the app.
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(currentWindow()));
  // Closing the window ends the app on every platform: an open vault without a window is useless.
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(() => start(startup.policy))
    .catch((error: unknown) => {
      // Only the kind of failure: messages of lower layers may quote paths.
      console.error(`[fallbuch] start failed (${error instanceof Error ? error.name : typeof error})`);
      showStartupError();
      app.exit(1);
    });
}
