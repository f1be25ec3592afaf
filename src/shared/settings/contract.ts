import { z } from 'zod';
import { AUTO_LOCK_MINUTES, languageSchema } from '../kernel/language';
import { caseCodePrefixSchema } from '../cases';
import { LEAD_DAYS, deadlineSettingsSchema } from '../deadlines';
import { ANY_ROLE, empty, wholeNumberIn } from '../kernel/spec';
import { preferenceKeySchema, preferenceSchema } from './prefs';
import { done, type AreaContract } from '../kernel/spec';
import { type SETTINGS_CHANNELS } from './channels';

/** Lead days of the derived deadlines (how long before the due date the reminder starts). */
const leadDays = wholeNumberIn(LEAD_DAYS, 'validation.leadDays');
export const settingsSchema = z.object({
  language: languageSchema,
  autoLockMinutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max),
  /** The value stored in the vault; larger than `autoLockMinutes` when the machine policy's ceiling applies. */
  storedAutoLockMinutes: z.number().int(),
  /** First part of new case codes (LEV in LEV-2026-0042); existing codes never change. */
  caseCodePrefix: z.string(),
  deadlines: deadlineSettingsSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsContract = {
  'settings:get': { access: ANY_ROLE, input: empty, output: settingsSchema },
  'settings:update': {
    access: ANY_ROLE,
    input: z.strictObject({
      autoLockMinutes: wholeNumberIn(AUTO_LOCK_MINUTES, 'validation.autoLockRange').optional(),
      language: languageSchema.optional(),
      caseCodePrefix: caseCodePrefixSchema.optional(),
      /** Changing a lead day re-derives the reminders of every open deadline. */
      deadlines: z
        .strictObject({
          expiryLeadDays: leadDays.optional(),
          renewalLeadDays: leadDays.optional(),
          application25aLeadDays: leadDays.optional(),
          ageLimitLeadDays: leadDays.optional(),
        })
        .optional(),
    }),
    output: settingsSchema,
  },
  // Per-user UI preferences, stored in the vault.
  'prefs:get': { access: ANY_ROLE, input: z.strictObject({ key: preferenceKeySchema }), output: preferenceSchema },
  'prefs:set': { access: ANY_ROLE, input: preferenceSchema, output: done },
} as const satisfies AreaContract<(typeof SETTINGS_CHANNELS)[number]>;
