import type { lifecycleDe } from './lifecycle.de';

/** Consent, rights, retention, backups (issue 6): English texts, same keys as German. */
export const lifecycleEn = {} as const satisfies Record<keyof typeof lifecycleDe, string>;
