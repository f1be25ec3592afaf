/** Accounts, access log and audit (issue 4): German source texts. Keys start with the screen or feature name. */
export const auditDe = {
  'validation.reasonTextRequired': 'Bitte beschreiben Sie den Grund (ohne Namen).',
  'validation.retentionMonths': 'Bitte eine ganze Zahl von 1 bis 120 Monaten.',
} as const;
