import { sampleCaseFields } from './sampleCaseFields';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreOptions } from '../../../src/main/app/createCore';
import { COUNSELLOR, SUPERVISOR, createTestBench, setUpVault, type TestBench } from './testCore';
import type { CaseFields } from '../../../src/shared/cases/domain';

/** A bench whose save/open dialogs answer from a queue (null = cancelled), files under `root/out`. */
export interface AuditBench extends TestBench {
  recoveryKey: string;
  saveAs: (string | null)[];
  openFiles: (string[] | null)[];
  out: string;
  signIn(account: { name: string; passphrase: string }): Promise<void>;
  asSupervisor(): Promise<void>;
  asCounsellor(): Promise<void>;
  read(file: string): string;
}

export async function createAuditBench(overrides: Partial<CoreOptions> = {}): Promise<AuditBench> {
  const saveAs: (string | null)[] = [];
  const openFiles: (string[] | null)[] = [];
  const bench = createTestBench({
    ...overrides,
    ports: {
      chooseSaveFile: () => Promise.resolve(saveAs.shift() ?? null),
      chooseOpenFiles: () => Promise.resolve(openFiles.shift() ?? null),
    },
  });
  const { recoveryKey } = await setUpVault(bench);
  const out = join(bench.root, 'out');
  mkdirSync(out, { recursive: true });
  const audit: AuditBench = Object.assign(bench, {
    recoveryKey,
    saveAs,
    openFiles,
    out,
    async signIn(account: { name: string; passphrase: string }) {
      await bench.call('vault:unlock', { account: account.name, passphrase: account.passphrase });
    },
    async asSupervisor() {
      await audit.signIn(SUPERVISOR);
    },
    async asCounsellor() {
      await audit.signIn(COUNSELLOR);
    },
    read(file: string) {
      return readFileSync(join(out, file), 'utf8');
    },
  });
  return audit;
}

export function caseFields(overrides: Partial<CaseFields> = {}): CaseFields {
  return sampleCaseFields(overrides);
}
