import type { CorePorts } from '../kernel/ports';
import type { Result } from '@shared/kernel/result';
import { AppConfigStore } from '../kernel/config';
import { LATEST_SCHEMA_VERSION } from '../kernel/db/migrations';
import { createDispatcher } from './dispatch';
import type { Handlers } from '../session/handlers';
import { VaultService, createVaultHandlers, type Argon2Parameters } from '../vault';
import { createSettingsHandlers } from '../settings';
import { caseAccessRule, createCaseHandlers } from '../cases';
import { createJournalHandlers } from '../journal';
import { createDeadlinesHandlers, refreshDerivedDeadlines } from '../deadlines';
import { createPlanningHandlers } from '../planning';
import { StatsService } from '../stats/service';
import { createStatsHandlers } from '../stats/app';
import { createAuditHandlers } from '../audit';
import { createAccountsHandlers } from '../accounts';
import { createPrivacyHandlers } from '../privacy';
import { createBackupHandlers } from '../backup';
import { createTrainingHandlers } from '../training';

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
    accessRule: caseAccessRule,
    onUnlock: refreshDerivedDeadlines,
  });
  const ports = options.ports ?? {};
  const handlers = {
    ...createVaultHandlers({
      vault,
      config,
      defaultVaultDir: options.defaultVaultDir,
      ports,
      appVersion: options.appVersion ?? '0.0.0',
      schemaVersion: LATEST_SCHEMA_VERSION,
    }),
    ...createSettingsHandlers({ config }),
    ...createCaseHandlers(),
    ...createJournalHandlers(),
    ...createDeadlinesHandlers(),
    ...createPlanningHandlers(),
    ...createStatsHandlers(new StatsService(vault, ports, now)),
    ...createAccountsHandlers({ vault }),
    ...createAuditHandlers({ config, ports }),
    ...createPrivacyHandlers({ config, ports }),
    ...createBackupHandlers({ vault, config, ports, now, nativeBinding: options.nativeBinding }),
    ...createTrainingHandlers({ vault, config, defaultVaultDir: options.defaultVaultDir }),
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
