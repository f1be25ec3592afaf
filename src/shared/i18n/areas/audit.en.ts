import type { auditDe } from './audit.de';

/** Accounts, access log and audit (issue 4): English texts, same keys as German. */
export const auditEn = {} as const satisfies Record<keyof typeof auditDe, string>;
