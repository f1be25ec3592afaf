import type { AreaContract } from '../spec';

/** Access log, accounts, roles and the supervisor's audit (issue 4). */
export const auditContract = {} as const satisfies AreaContract;
