/** Consent, rights, retention, backups (issue 6): German source texts. Keys start with the screen or feature name. */
export const lifecycleDe = {} as const;
