import type { auditDe } from './audit.de';

/** Accounts, access log and audit (issue 4): English texts, same keys as German. */
export const auditEn = {
  'validation.reasonTextRequired': 'Please describe the reason (without names).',
  'validation.retentionMonths': 'Please enter a whole number from 1 to 120 months.',
} as const satisfies Record<keyof typeof auditDe, string>;
