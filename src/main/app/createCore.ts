import type { Result } from '@shared/kernel/result';
import { AppConfigStore } from '../kernel/config';
import { LATEST_SCHEMA_VERSION } from '../kernel/db/migrations';
import type { Argon2Parameters } from '../vault/kdf';
import { VaultService } from '../vault/vaultService';
import { createDispatcher } from './dispatch';
import type { Handlers } from '../kernel/handlers';
import { createAppHandlers } from '../vault/appHandlers';
import { createVaultHandlers } from '../vault/app';
import { createSettingsHandlers } from '../settings/app';
import { CaseService } from '../cases/service';
import { createCaseHandlers } from '../cases/app';
import { StatsService } from '../stats/service';
import { createStatsHandlers } from '../stats/app';
import { createCasePlanningHandlers } from '../planning/handlers';
import { createPrefsHandlers } from '../settings/prefsHandlers';
import { createAuditHandlers } from '../audit/app';
import { createLifecycleHandlers } from '../privacy/app';

/** What only the shell can do (native dialogs); tests pass their own. */
export interface CorePorts {
  chooseFolder?: (defaultPath: string) => Promise<string | null>;
  /** A native "save as" dialog: the full path the user chose, or null when cancelled. */
  chooseSaveFile?: (request: SaveFileRequest) => Promise<string | null>;
  /** A native "open" dialog: the chosen files (one unless `multiple`), or null when cancelled. */
  chooseOpenFiles?: (request: OpenFileRequest) => Promise<string[] | null>;
}

/** `kind` names the file type for the dialog's filter (label from the shell's texts). */
export interface SaveFileRequest {
  defaultName: string;
  kind: ExportFileKind;
}
export interface OpenFileRequest {
  kind: ExportFileKind;
  multiple?: boolean;
}
export type ExportFileKind = 'json' | 'csv' | 'pdf' | 'markdown' | 'checkpoint' | 'backup' | 'archive';

export interface CoreOptions {
  /** Holds `fallbuch-config.json` (language, vault folder). Electron: `app.getPath('userData')`. */
  configDir: string;
  /** Suggested vault folder at set-up. */
  defaultVaultDir: string;
  /** `better_sqlite3.node` built for Electron's ABI; the system Node build is used when absent. */
  nativeBinding?: string;
  ports?: CorePorts;
  /** Fixed Argon2id parameters for tests; the app calibrates them on the machine. */
  kdf?: Argon2Parameters;
  now?: () => Date;
  appVersion?: string;
  /** How often the idle check runs in the background (ms). */
  idleCheckIntervalMs?: number;
}

export interface Core {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** Locks the vault (closing the database and wiping the key) and stops timers. */
  dispose(): Promise<void>;
}

export function createCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  const config = new AppConfigStore(options.configDir);
  const vault = new VaultService({
    config,
    defaultVaultDir: options.defaultVaultDir,
    nativeBinding: options.nativeBinding,
    kdf: options.kdf,
    now,
  });
  const handlers = {
    ...createAppHandlers({ config, appVersion: options.appVersion ?? '0.0.0', schemaVersion: LATEST_SCHEMA_VERSION }),
    ...createVaultHandlers({ vault, defaultVaultDir: options.defaultVaultDir, ports: options.ports ?? {} }),
    ...createSettingsHandlers({ vault, config, now }),
    ...createPrefsHandlers(vault),
    ...createCaseHandlers(new CaseService(vault, now)),
    ...createStatsHandlers(new StatsService(vault, options.ports ?? {}, now)),
    ...createCasePlanningHandlers(vault, now),
    ...createAuditHandlers({ vault, config, ports: options.ports ?? {}, now }),
    ...createLifecycleHandlers({ vault, config, ports: options.ports ?? {}, now, nativeBinding: options.nativeBinding }),
  } satisfies Handlers;
  const invoke = createDispatcher(handlers, vault);
  // The background check locks an idle vault even when the renderer is hung or closed.
  const timer = setInterval(() => void invoke('vault:status', {}), options.idleCheckIntervalMs ?? 5_000);
  timer.unref();
  return {
    invoke,
    async dispose() {
      clearInterval(timer);
      vault.lock('shutdown');
    },
  };
}
