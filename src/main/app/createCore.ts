import type { CorePorts } from '../kernel/ports';
import type { Result } from '@shared/kernel/result';
import { AppConfigStore } from '../kernel/config';
import { LATEST_SCHEMA_VERSION } from '../kernel/db/migrations';
import { createDispatcher } from './dispatch';
import type { Handlers } from '../session/handlers';
import { VaultService, createVaultHandlers, type Argon2Parameters, type LocationProbes } from '../vault';
import { createSettingsHandlers } from '../settings';
import { caseAccessRule, createCaseHandlers } from '../cases';
import { createJournalHandlers } from '../journal';
import { createDeadlinesHandlers, refreshDerivedDeadlines } from '../deadlines';
import { createPlanningHandlers } from '../planning';
import { createStatsHandlers } from '../stats';
import { AuditService, createAuditHandlers, type VerifyOptions } from '../audit';
import { createAccountsHandlers } from '../accounts';
import { createPrivacyHandlers } from '../privacy';
import { createBackupHandlers } from '../backup';
import { createDocumentsHandlers, exportDocumentFiles } from '../documents';
import { createImportHandlers } from '../import';
import { ExitService, createExitHandlers, type ExitContributor } from '../exit';
import { PolicyRules, createPolicyHandlers } from '../policy';
import type { MachinePolicy } from '@shared/policy/domain';
import { createHomeHandlers } from '../home';
import { createTrainingHandlers } from '../training';
import { createPapersHandlers } from '../papers';

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
  /** The machine policy read at start (the shell reads the file; tests pass one) and its file. */
  policy?: { rules: MachinePolicy; file: string | null };
  /** How the vault folder's storage is recognised; tests inject network drives and the like. */
  locationProbes?: LocationProbes;
  /** The access-log check's batch size and workers; tests make a small log span several batches (and may hold it between two). */
  auditVerify?: Pick<VerifyOptions, 'batchRows' | 'minEntries' | 'workers' | 'pause'>;
}

export interface Core {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** Locks the vault (closing the database and wiping the key) and stops timers. */
  dispose(): Promise<void>;
}

/**
 * What the Gesamtexport adds besides every table's rows (exported generically): the documents as
 * files (`dokumente/<case code>/<NN>_<file name>`), readable without Fallbuch.
 */
const EXIT_CONTRIBUTORS: readonly ExitContributor[] = [{ files: (session) => exportDocumentFiles(session.db) }];

export function createCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  const config = new AppConfigStore(options.configDir);
  const policy = new PolicyRules(options.policy?.rules, options.policy?.file ?? null);
  const vault = new VaultService({
    policy,
    locationProbes: options.locationProbes,
    config,
    defaultVaultDir: options.defaultVaultDir,
    nativeBinding: options.nativeBinding,
    kdf: options.kdf,
    now,
    accessRule: caseAccessRule,
    onUnlock: refreshDerivedDeadlines,
  });
  // Every file dialog of every feature goes through the policy's allowed folders.
  const ports = policy.guardPorts(options.ports ?? {});
  const handlers = policy.gateHandlers({
    ...createVaultHandlers({
      vault,
      config,
      defaultVaultDir: options.defaultVaultDir,
      ports,
      appVersion: options.appVersion ?? '0.0.0',
      schemaVersion: LATEST_SCHEMA_VERSION,
    }),
    ...createSettingsHandlers({ config, policy }),
    ...createCaseHandlers(),
    ...createJournalHandlers(),
    ...createDeadlinesHandlers(),
    ...createPlanningHandlers(),
    ...createStatsHandlers({ ports }),
    ...createAccountsHandlers({ vault }),
    ...createAuditHandlers({ config, ports, verify: options.auditVerify }),
    ...createPrivacyHandlers({ config, ports, policy }),
    ...createBackupHandlers({
      vault,
      config,
      ports,
      now,
      nativeBinding: options.nativeBinding,
      policy,
      locationProbes: options.locationProbes,
    }),
    ...createPolicyHandlers({ policy }),
    ...createExitHandlers({
      exit: new ExitService({
        ports,
        appVersion: options.appVersion ?? '0.0.0',
        verifyAccessLog: (session) => new AuditService(session, ports, config, options.auditVerify).verify(),
        contributors: EXIT_CONTRIBUTORS,
      }),
    }),
    ...createDocumentsHandlers({ ports }),
    ...createImportHandlers({ config, ports }),
    ...createHomeHandlers(),
    ...createTrainingHandlers({ vault, config, defaultVaultDir: options.defaultVaultDir }),
    ...createPapersHandlers({ ports, policyLetterhead: policy.policy.letterhead ?? null }),
  } satisfies Handlers);
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
