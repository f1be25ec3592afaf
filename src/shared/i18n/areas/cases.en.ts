import type { casesDe } from './cases.de';

/** Case notebook screens (issue 3): English texts, same keys as German. */
export const casesEn = {} as const satisfies Record<keyof typeof casesDe, string>;
