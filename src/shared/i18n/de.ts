import { vocabularyDe } from '../kernel/vocabulary.de';
import { commonDe } from '../kernel/i18n/de';
import { vaultDe } from '../vault/i18n/de';
import { settingsDe } from '../settings/i18n/de';
import { casesDe } from '../cases/i18n/de';
import { journalDe } from '../journal/i18n/de';
import { deadlinesDe } from '../deadlines/i18n/de';
import { planningDe } from '../planning/i18n/de';
import { accountsDe } from '../accounts/i18n/de';
import { auditDe } from '../audit/i18n/de';
import { statsDe } from '../stats/i18n/de';
import { privacyDe } from '../privacy/i18n/de';
import { backupDe } from '../backup/i18n/de';
import { documentsDe } from '../documents/i18n/de';
import { importDe } from '../import/i18n/de';
import { policyDe } from '../policy/i18n/de';
import { exitDe } from '../exit/i18n/de';
import { homeDe } from '../home/i18n/de';
import { paletteDe } from '../palette/i18n/de';
import { trainingDe } from '../training/i18n/de';
import { papersDe } from '../papers/i18n/de';

/**
 * Every text of the app: the kernel's and each feature's own file (`src/shared/<feature>/i18n.de.ts`).
 * German is the source language: every key exists here first.
 */
export const de = {
  ...vocabularyDe,
  ...commonDe,
  ...vaultDe,
  ...settingsDe,
  ...casesDe,
  ...journalDe,
  ...deadlinesDe,
  ...planningDe,
  ...accountsDe,
  ...auditDe,
  ...statsDe,
  ...privacyDe,
  ...backupDe,
  ...documentsDe,
  ...importDe,
  ...policyDe,
  ...exitDe,
  ...homeDe,
  ...paletteDe,
  ...trainingDe,
  ...papersDe,
} as const;

export type MessageKey = keyof typeof de;
