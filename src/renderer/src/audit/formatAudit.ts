import type { Language } from '@shared/kernel/language';
import type { AuditEntry, AuditFilter, Finding, VerifyReport } from '@shared/audit/domain';
import { UNKNOWN_ACTION_KEY, actionLabelKeys, erasureReasonKeyOf, itemWordsKey } from '@shared/audit/words';
import { isMessageKey, type MessageKey } from '@shared/i18n';
import { formatLoggedTime } from '../ui/dates';

/**
 * Words for the log view, free of React so they can be tested on their own: action labels, times,
 * the verification report as sentences, and the moment a view counts up to.
 */

export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * The German/English label of a logged action, by the rules the core's export files use too
 * (@shared/audit/words); an action from a newer core shows its code.
 */
export function actionLabel(action: string): Message {
  const key = actionLabelKeys(action).find(isMessageKey);
  return key ? { key } : { key: UNKNOWN_ACTION_KEY as MessageKey, params: { action } };
}

/** „Dokument 6f1c…“: the item an entry names within its case (the same words as the files), or null. */
export function itemLabel(entry: Pick<AuditEntry, 'action' | 'item'>): Message | null {
  return entry.item === null ? null : { key: itemWordsKey(entry.action) as MessageKey, params: { item: entry.item } };
}

/** The sentence of each kind of finding; a finding over several entries has its own for some kinds. */
const FINDING_KEY: Record<Finding['kind'], { single: MessageKey; range?: MessageKey }> = {
  changed: { single: 'audit.finding.changed', range: 'audit.finding.changedRange' },
  removed: { single: 'audit.finding.removed', range: 'audit.finding.removedRange' },
  reordered: { single: 'audit.finding.reordered' },
  truncated: { single: 'audit.finding.truncated' },
  keyReplaced: { single: 'audit.finding.keyReplaced' },
  legacyChanged: { single: 'audit.finding.legacyChanged' },
  baseInvalid: { single: 'audit.finding.baseInvalid' },
  rolledBack: { single: 'audit.finding.rolledBack' },
};

/** One finding as a sentence that names the positions (entry numbers as in the log view). */
export function findingMessage(finding: Finding): Message {
  const params = { from: finding.fromSeq, to: finding.toSeq, other: finding.otherSeq ?? finding.fromSeq };
  const isRange = finding.toSeq !== finding.fromSeq;
  const { single, range } = FINDING_KEY[finding.kind];
  return { key: isRange && range ? range : single, params };
}

export interface VerifyWords {
  isIntact: boolean;
  /** "Protokoll geprüft am 21.11.2026 10:00:05: 12.345 Einträge bis Eintrag Nr. 12.345, unverändert." or "… Veränderungen gefunden." */
  headline: Message;
  findings: Message[];
  /** Archived entries, the checkpoint compared against, an unknown signer. */
  notes: Message[];
}

export function describeReport(report: VerifyReport, language: Language): VerifyWords {
  const notes: Message[] = [];
  if (report.archivedUpTo !== null) notes.push({ key: 'audit.verify.archived', params: { seq: report.archivedUpTo } });
  const checkpoint = report.checkpoint;
  if (checkpoint) {
    const params = { at: formatLoggedTime(checkpoint.at, language), seq: checkpoint.seq, supervisor: checkpoint.supervisorName };
    notes.push(report.intact ? { key: 'audit.verify.checkpointOk', params } : { key: 'auditUi.verify.checkpointCompared', params });
    if (!checkpoint.isKnownSigner) notes.push({ key: 'auditUi.verify.unknownSigner' });
  }
  // The check names its moment: when, and up to which entry — the same figures the table and the files then show.
  const params = { count: report.entries, seq: report.lastSeq ?? 0, at: formatLoggedTime(report.verifiedAt, language) };
  return {
    isIntact: report.intact,
    headline: { key: report.intact ? 'audit.verify.intact' : 'audit.verify.tampered', params },
    findings: report.findings.map(findingMessage),
    notes,
  };
}

/** Erasure logs its reason as a code from a closed list; the log view shows its words, not the code. */
export function erasureReasonKey(reasonText: string | null): MessageKey | null {
  const key = erasureReasonKeyOf(reasonText);
  return key !== null && isMessageKey(key) ? key : null;
}

/** The moment a view shows: the last entry it counts (null for an empty log) and when the core answered. */
export interface ViewMoment {
  upToSeq: number | null;
  asOf: string;
}

/** The moment a check counted to: the table and the export then show exactly that state. */
export interface CheckedMoment {
  upToSeq: number;
  at: string;
}

/**
 * The filter of a view at its moment: every block of the table and the export ask for the entries
 * up to the same entry number, so the log growing meanwhile (reading it is logged too) changes no figure.
 */
export function filterAt(filter: AuditFilter, upToSeq: number | null): AuditFilter {
  return upToSeq === null ? filter : { ...filter, upToSeq };
}

/**
 * What the table's count counts: „Stand der Prüfung: bis Eintrag Nr. N, geprüft am …“ when it shows
 * exactly the checked state, else „Stand: bis Eintrag Nr. N, gelesen am …“ (nothing for an empty log).
 */
export function viewScope(view: ViewMoment | null, checked: CheckedMoment | null, language: Language): Message | null {
  if (view === null || view.upToSeq === null) return null;
  if (checked !== null && checked.upToSeq === view.upToSeq) {
    return { key: 'auditUi.table.scopeChecked', params: { seq: view.upToSeq, at: formatLoggedTime(checked.at, language) } };
  }
  return { key: 'auditUi.table.scope', params: { seq: view.upToSeq, at: formatLoggedTime(view.asOf, language) } };
}
