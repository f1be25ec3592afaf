import { z } from 'zod';
import { accountSchema, caseAssignmentSchema } from './domain';
import { ROLES } from '../kernel/roles';
import { SUPERVISOR_ONLY, accountName, done, idSchema, newPassphrase, type AreaContract, recoveryKeyText } from '../kernel/spec';
import { type ACCOUNTS_CHANNELS } from './channels';

export const accountsContract = {
  // ----- accounts (supervisor) -----
  'accounts:list': { access: SUPERVISOR_ONLY, input: z.strictObject({}), output: z.array(accountSchema) },
  'accounts:create': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ name: accountName, role: z.enum(ROLES), initialPassphrase: newPassphrase }),
    output: z.object({ userId: z.string() }),
  },
  'accounts:disable': { access: SUPERVISOR_ONLY, input: z.strictObject({ userId: idSchema }), output: done },
  /** Enabling gives a new initial passphrase: disabling removed the account's key slot. */
  'accounts:enable': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ userId: idSchema, initialPassphrase: newPassphrase }),
    output: done,
  },
  'accounts:resetAccess': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ userId: idSchema, recoveryKey: recoveryKeyText, initialPassphrase: newPassphrase }),
    output: done,
  },
  'accounts:cases': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ includeClosed: z.boolean().optional() }),
    output: z.array(caseAssignmentSchema),
  },
  'accounts:assignCases': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ caseIds: z.array(idSchema).min(1, 'validation.required').max(10_000), counsellorId: idSchema }),
    output: z.object({ moved: z.number().int() }),
  },
  /** Hands all open cases of one counsellor to another (leaving, long absence). */
  'accounts:handOver': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ fromUserId: idSchema, toUserId: idSchema }),
    output: z.object({ moved: z.number().int() }),
  },
} as const satisfies AreaContract<(typeof ACCOUNTS_CHANNELS)[number]>;
