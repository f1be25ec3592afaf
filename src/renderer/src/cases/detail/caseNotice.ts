/**
 * A one-time message for the case screen that opens next ("Fall LEV-2026-0042 angelegt"). The
 * form sets it just before navigating; the case screen takes it once. Holds a case code and
 * warning codes only — never a name.
 */
export type CaseWarningCode = 'ageOutsideRange';

export type CaseNotice =
  { kind: 'created'; code: string; warnings: readonly CaseWarningCode[] } | { kind: 'saved'; warnings: readonly CaseWarningCode[] };

let pending: { caseId: string; notice: CaseNotice } | null = null;

export function setCaseNotice(caseId: string, notice: CaseNotice): void {
  pending = { caseId, notice };
}

/** The notice for this case, if one is waiting; it is removed on reading. */
export function takeCaseNotice(caseId: string): CaseNotice | null {
  if (!pending || pending.caseId !== caseId) return null;
  const { notice } = pending;
  pending = null;
  return notice;
}
