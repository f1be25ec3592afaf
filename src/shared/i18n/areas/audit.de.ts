/** Accounts, access log and audit (issue 4): German source texts. Keys start with the screen or feature name. */
export const auditDe = {} as const;
