import { z } from 'zod';
import { ROLES } from '../kernel/roles';

// ----- accounts ---------------------------------------------------------------------------------

export const accountSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  mustChangePassphrase: z.boolean(),
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
  /** Open cases assigned (counsellors). */
  openCases: z.number().int(),
});

export type Account = z.infer<typeof accountSchema>;

/** What supervisors see of cases: codes and assignment, never names or contents. */
export const caseAssignmentSchema = z.object({
  caseId: z.string(),
  code: z.string(),
  counsellorId: z.string(),
  counsellorName: z.string(),
  state: z.enum(['open', 'closed']),
  closedOn: z.string().nullable(),
});

export type CaseAssignment = z.infer<typeof caseAssignmentSchema>;
