import type { Language } from '@shared/kernel/language';
import type { Finding, VerifyReport } from '@shared/audit/domain';
import { isMessageKey, type MessageKey } from '@shared/i18n';
import { formatLoggedTime } from '../ui/dates';

/**
 * Words for the log view, free of React so they can be tested on their own: action labels, times,
 * and the verification report as sentences.
 */

export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * The German/English label of a logged action. The core names its actions under `audit.action.`;
 * the screens add the rest under `auditUi.action.`; an action from a newer core shows its code.
 */
export function actionLabel(action: string): Message {
  for (const key of [`audit.action.${action}`, `auditUi.action.${action}`]) {
    if (isMessageKey(key)) return { key };
  }
  return { key: 'auditUi.action.unknown', params: { action } };
}

/** One finding as a sentence that names the positions (entry numbers as in the log view). */
export function findingMessage(finding: Finding): Message {
  const params = { from: finding.fromSeq, to: finding.toSeq, other: finding.otherSeq ?? finding.fromSeq };
  const isRange = finding.toSeq !== finding.fromSeq;
  switch (finding.kind) {
    case 'changed':
      return { key: isRange ? 'audit.finding.changedRange' : 'audit.finding.changed', params };
    case 'removed':
      return { key: isRange ? 'audit.finding.removedRange' : 'audit.finding.removed', params };
    case 'reordered':
      return { key: 'audit.finding.reordered', params };
    case 'truncated':
      return { key: 'audit.finding.truncated', params };
    case 'keyReplaced':
      return { key: 'audit.finding.keyReplaced', params };
    case 'legacyChanged':
      return { key: 'audit.finding.legacyChanged', params };
    case 'baseInvalid':
      return { key: 'audit.finding.baseInvalid', params };
    case 'rolledBack':
      return { key: 'audit.finding.rolledBack', params };
  }
}

export interface VerifyWords {
  isIntact: boolean;
  /** "Protokoll geprüft: 12.345 Einträge, unverändert." or "… Veränderungen gefunden." */
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
  return {
    isIntact: report.intact,
    headline: { key: report.intact ? 'audit.verify.intact' : 'audit.verify.tampered', params: { count: report.entries } },
    findings: report.findings.map(findingMessage),
    notes,
  };
}

/** Erasure logs its reason as a code from a closed list; the log view shows its words, not the code. */
export function erasureReasonKey(reasonText: string | null): MessageKey | null {
  if (reasonText === null) return null;
  const key = `erasure.reason.${reasonText}`;
  return isMessageKey(key) ? key : null;
}
