import type { AreaContract } from '../spec';

/** Consent, data-subject rights, retention, backups (issue 6). */
export const lifecycleContract = {} as const satisfies AreaContract;
