import type { z } from 'zod';
import type { ChannelName } from './channels';
import type { ChannelSpec } from '../kernel/spec';
import { vaultContract } from '../vault/contract';
import { settingsContract } from '../settings/contract';
import { casesContract } from '../cases/contract';
import { journalContract } from '../journal/contract';
import { deadlinesContract } from '../deadlines/contract';
import { planningContract } from '../planning/contract';
import { accountsContract } from '../accounts/contract';
import { auditContract } from '../audit/contract';
import { statsContract } from '../stats/contract';
import { privacyContract } from '../privacy/contract';
import { backupContract } from '../backup/contract';
import { documentsContract } from '../documents/contract';
import { importContract } from '../import/contract';
import { policyContract } from '../policy/contract';
import { exitContract } from '../exit/contract';
import { homeContract } from '../home/contract';
import { trainingContract } from '../training/contract';
import { papersContract } from '../papers/contract';

/**
 * The IPC contract: every channel with its input and output schema and who may call it, assembled
 * from each feature's `src/shared/<feature>/contract.ts`. The core parses every input and every
 * output with these schemas; the compiler checks that it names exactly the channels of `CHANNELS`.
 */
export type { Access, ChannelSpec } from '../kernel/spec';

export const contract = {
  ...vaultContract,
  ...settingsContract,
  ...casesContract,
  ...journalContract,
  ...deadlinesContract,
  ...planningContract,
  ...accountsContract,
  ...auditContract,
  ...statsContract,
  ...privacyContract,
  ...backupContract,
  ...documentsContract,
  ...importContract,
  ...policyContract,
  ...exitContract,
  ...homeContract,
  ...trainingContract,
  ...papersContract,
} as const satisfies Record<ChannelName, ChannelSpec>;

export type Contract = typeof contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;
