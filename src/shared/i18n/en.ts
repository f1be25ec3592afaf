import { vocabularyEn } from '../kernel/vocabulary.en';
import { commonEn } from '../kernel/i18n/en';
import { vaultEn } from '../vault/i18n/en';
import { settingsEn } from '../settings/i18n/en';
import { casesEn } from '../cases/i18n/en';
import { journalEn } from '../journal/i18n/en';
import { deadlinesEn } from '../deadlines/i18n/en';
import { planningEn } from '../planning/i18n/en';
import { accountsEn } from '../accounts/i18n/en';
import { auditEn } from '../audit/i18n/en';
import { statsEn } from '../stats/i18n/en';
import { privacyEn } from '../privacy/i18n/en';
import { backupEn } from '../backup/i18n/en';
import { documentsEn } from '../documents/i18n/en';
import { importEn } from '../import/i18n/en';
import { policyEn } from '../policy/i18n/en';
import { exitEn } from '../exit/i18n/en';
import { homeEn } from '../home/i18n/en';
import { paletteEn } from '../palette/i18n/en';
import { trainingEn } from '../training/i18n/en';
import { papersEn } from '../papers/i18n/en';
import type { MessageKey } from './de';

export const en = {
  ...vocabularyEn,
  ...commonEn,
  ...vaultEn,
  ...settingsEn,
  ...casesEn,
  ...journalEn,
  ...deadlinesEn,
  ...planningEn,
  ...accountsEn,
  ...auditEn,
  ...statsEn,
  ...privacyEn,
  ...backupEn,
  ...documentsEn,
  ...importEn,
  ...policyEn,
  ...exitEn,
  ...homeEn,
  ...paletteEn,
  ...trainingEn,
  ...papersEn,
} as const satisfies Record<MessageKey, string>;
