import type { AreaContract } from '../spec';

/** Anonymised statistics (issue 5). */
export const statsContract = {} as const satisfies AreaContract;
