import { existsSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { translate, type MessageKey } from '@shared/i18n';
import type { Language } from '@shared/kernel/language';
import { APP_ENTRY_URL } from './requestPolicy';

export interface MainWindowOptions {
  /** Unpackaged builds (development, Electron E2E) keep DevTools; packaged builds never have them. */
  allowDevTools: boolean;
  /** `npm run dev`: electron-vite's dev server instead of the built bundle. */
  entryUrl?: string | undefined;
}

const WINDOW_ICON = path.join(__dirname, '..', '..', 'resources', 'icon.png');

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Fallbuch',
    // Linux shows it in the task bar when started unpackaged; packaged builds take it from the installer.
    ...(existsSync(WINDOW_ICON) ? { icon: WINDOW_ICON } : {}),
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    // Shown once the first frame is painted, so no blank white window flashes up.
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: path.join(__dirname, '..', 'preload', 'index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: options.allowDevTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  // If the renderer fails to paint, an invisible window would look like a hang.
  window.webContents.once('did-fail-load', () => window.show());
  window.loadURL(options.entryUrl ?? APP_ENTRY_URL).catch(() => {
    // did-fail-load already made the window visible; the URL is fixed, so nothing to report.
  });
  return window;
}

/** Brings the existing window forward when a second instance is started. */
export function focusWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}

/**
 * Replaces Electron's default menu, whose Help entries open electronjs.org in the browser and whose
 * View menu offers reload and DevTools in packaged builds. Zoom stays: it is how many users enlarge
 * text. Labels follow the app language.
 */
export function applyAppMenu(language: Language, options: MainWindowOptions): void {
  const t = (key: MessageKey): string => translate(language, key);
  const developerItems: MenuItemConstructorOptions[] = options.allowDevTools
    ? [
        { type: 'separator' },
        { role: 'reload', label: t('shell.menu.reload') },
        { role: 'toggleDevTools', label: t('shell.menu.devTools') },
      ]
    : [];
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: t('shell.menu.file'),
      submenu: [{ role: 'quit', label: t('shell.menu.quit') }],
    },
    {
      label: t('shell.menu.edit'),
      submenu: [
        { role: 'undo', label: t('shell.menu.undo') },
        { role: 'redo', label: t('shell.menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('shell.menu.cut') },
        { role: 'copy', label: t('shell.menu.copy') },
        { role: 'paste', label: t('shell.menu.paste') },
        { role: 'selectAll', label: t('shell.menu.selectAll') },
      ],
    },
    {
      label: t('shell.menu.view'),
      submenu: [
        { role: 'resetZoom', label: t('shell.menu.resetZoom') },
        { role: 'zoomIn', label: t('shell.menu.zoomIn') },
        { role: 'zoomOut', label: t('shell.menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('shell.menu.fullscreen') },
        ...developerItems,
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
