import { z } from 'zod';
import { dashboardDeadlineSchema } from '../deadlines';
import { ROLES } from '../kernel/roles';
import { CONSENT_KINDS } from '../privacy';

/**
 * "Heute", the page after unlocking: what needs doing today, read in one call. Every list is
 * capped at HOME_LIST_LIMIT rows and carries its full size, so the page can say "and 12 more".
 */
export const HOME_LIST_LIMIT = 8;

const personSchema = z.object({ caseId: z.string(), caseCode: z.string(), familyName: z.string(), givenNames: z.string() });

/** An open task (own deadline of kind "task") due after this week: the earlier ones are among the deadlines. */
export const homeTaskSchema = personSchema.extend({ id: z.string(), title: z.string().nullable(), dueOn: z.string() });
export type HomeTask = z.infer<typeof homeTaskSchema>;

/** An open case whose last contact (or, without any, its intake) lies more than the chosen weeks back. */
export const quietCaseSchema = personSchema.extend({ lastContactOn: z.string().nullable(), intakeDate: z.string() });
export type QuietCase = z.infer<typeof quietCaseSchema>;

/** A consent still valid today that ends within the consents' lead time. */
export const expiringConsentSchema = personSchema.extend({
  consentId: z.string(),
  kind: z.enum(CONSENT_KINDS),
  /** The release's recipient (a partner's name or the free text); null for other kinds. */
  recipient: z.string().nullable(),
  validUntil: z.string(),
});
export type ExpiringConsent = z.infer<typeof expiringConsentSchema>;

/** A case this counsellor opened lately (from the access log), newest first. */
export const recentCaseSchema = personSchema.extend({ openedAt: z.string() });
export type RecentCase = z.infer<typeof recentCaseSchema>;

const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const counsellorTodaySchema = z.object({
  role: z.literal('counsellor'),
  today: z.string(),
  noContactWeeks: z.number().int(),
  /** Overdue and this week's deadlines of the own open cases, earliest first. */
  deadlines: z.object({
    items: z.array(dashboardDeadlineSchema),
    counts: z.object({ overdue: z.number().int(), thisWeek: z.number().int() }),
  }),
  tasks: listOf(homeTaskSchema),
  quietCases: listOf(quietCaseSchema),
  expiringConsents: listOf(expiringConsentSchema),
  recentCases: z.array(recentCaseSchema),
});
export type CounsellorToday = z.infer<typeof counsellorTodaySchema>;

export const ACCOUNT_ATTENTION_REASONS = ['initialPassphrase', 'failedSignIns', 'disabledWithCases', 'unused'] as const;
export type AccountAttentionReason = (typeof ACCOUNT_ATTENTION_REASONS)[number];

/** An account is "unused" once nobody signed in with it for this many days. */
export const UNUSED_ACCOUNT_DAYS = 90;
/** Failed sign-ins since the last successful one from which an account is listed. */
export const FAILED_SIGN_IN_THRESHOLD = 3;

export const accountAttentionSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  reasons: z.array(z.enum(ACCOUNT_ATTENTION_REASONS)),
  failedSignIns: z.number().int(),
  openCases: z.number().int(),
  lastSignInAt: z.string().nullable(),
});
export type AccountAttention = z.infer<typeof accountAttentionSchema>;

export const supervisorTodaySchema = z.object({
  role: z.literal('supervisor'),
  today: z.string(),
  log: z.object({
    /** Entries in the log (the archived ones not counted). */
    entries: z.number().int(),
    lastVerifiedAt: z.string().nullable(),
    /** Entries written after the last check (all of them when there was none). */
    entriesSinceCheck: z.number().int(),
    /** The last signed checkpoint: saved outside the vault, or written when entries were archived. */
    lastCheckpointAt: z.string().nullable(),
    checkpointAgeDays: z.number().int().nullable(),
  }),
  backup: z.object({
    lastBackupAt: z.string().nullable(),
    daysSince: z.number().int().nullable(),
    reminderDays: z.number().int(),
    isDue: z.boolean(),
  }),
  accounts: z.array(accountAttentionSchema),
});
export type SupervisorToday = z.infer<typeof supervisorTodaySchema>;

export const homeTodaySchema = z.discriminatedUnion('role', [counsellorTodaySchema, supervisorTodaySchema]);
export type HomeToday = z.infer<typeof homeTodaySchema>;
