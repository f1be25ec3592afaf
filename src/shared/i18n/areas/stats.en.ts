import type { statsDe } from './stats.de';

/** Statistics (issue 5): English texts, same keys as German. */
export const statsEn = {} as const satisfies Record<keyof typeof statsDe, string>;
