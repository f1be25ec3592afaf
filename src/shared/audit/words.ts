import type { AccessReasonKind } from '../cases';

/**
 * The rules by which a log entry is put into words, shared by the log screen and the files the core
 * writes from it (CSV and PDF for the data-protection officer), so both say the same. They name
 * i18n keys; each side looks them up in its dictionary (shared code below the assembly cannot).
 */

/** Where the words of an action are: the core's actions under `audit.action.`, the screens' additions under `auditUi.action.`. */
export function actionLabelKeys(action: string): string[] {
  return [`audit.action.${action}`, `auditUi.action.${action}`];
}

/** An action without words (from a newer core) is shown as „Aktion „…““ with its code. */
export const UNKNOWN_ACTION_KEY = 'auditUi.action.unknown';

/** The words of a break-the-glass reason, as the case's access dialog offers them. */
export const ACCESS_REASON_LABEL = {
  substitution: 'access.reason.substitution',
  caseConference: 'access.reason.caseConference',
  other: 'access.reason.other',
} as const satisfies Record<AccessReasonKind, string>;

/** Erasure logs its reason as a code from a closed list; its words are under `erasure.reason.`. */
export function erasureReasonKeyOf(reasonText: string | null): string | null {
  return reasonText === null ? null : `erasure.reason.${reasonText}`;
}

/** An entry by nobody (set-up steps, the chain's start) is by the system. */
export const SYSTEM_ACTOR_KEY = 'auditUi.table.system';
/** An entry whose object is an account names the account: „Konto: Petra Leitner“. */
export const ACCOUNT_OBJECT_KEY = 'auditUi.table.account';

/**
 * The item an entry names within its case (schema 16), in words by its action: „Dokument 6f1c…“ for
 * the documents' actions. Only the id is ever logged, never a file name.
 */
export function itemWordsKey(action: string): string {
  return action.startsWith('case.document.') ? 'audit.item.document' : 'audit.item.other';
}
