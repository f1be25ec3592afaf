/**
 * What the "open by case code" look-up learned (code and assigned counsellor), kept for the one
 * case screen that opens next, so its reason dialog can say whose case it is. Case code and the
 * colleague's account name only — never anything of the person in the case.
 */
export interface LookupNotice {
  code: string;
  counsellorName: string;
}

let pending: { caseId: string; notice: LookupNotice } | null = null;

export function setLookupNotice(caseId: string, notice: LookupNotice): void {
  pending = { caseId, notice };
}

/** The look-up result for this case, if one is waiting (it stays until another case is looked up). */
export function peekLookupNotice(caseId: string): LookupNotice | null {
  return pending && pending.caseId === caseId ? pending.notice : null;
}
