import { z } from 'zod';
import type { Period } from '@shared/stats/period';
import { quarterOf } from './format';

/** The choose step's form: text in, a period and a profile out. Messages are i18n keys. */
export interface ChoiceValues {
  kind: 'quarter' | 'year';
  year: string;
  quarter: string;
  profileId: string;
}

export interface Choice {
  period: Period;
  profileId: string;
  /** A re-export of a period already delivered to this recipient, chosen explicitly. */
  correction?: boolean;
}

export const choiceSchema = z
  .object({
    kind: z.enum(['quarter', 'year']),
    year: z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'validation.stats.year')
      .refine((value) => Number(value) >= 2000 && Number(value) <= 2100, 'validation.stats.year'),
    quarter: z.string(),
    profileId: z.string().min(1, 'statsUi.choose.profileRequired'),
  })
  .superRefine((values, context) => {
    if (values.kind === 'quarter' && !['1', '2', '3', '4'].includes(values.quarter)) {
      context.addIssue({ code: 'custom', path: ['quarter'], message: 'statsUi.choose.quarterRequired' });
    }
  })
  .transform((values): Choice => ({
    period: { year: Number(values.year), quarter: values.kind === 'year' ? null : quarterOf(values.quarter) },
    profileId: values.profileId,
  }));

export function valuesOf(choice: Choice): ChoiceValues {
  return {
    kind: choice.period.quarter === null ? 'year' : 'quarter',
    year: String(choice.period.year),
    quarter: choice.period.quarter === null ? '' : String(choice.period.quarter),
    profileId: choice.profileId,
  };
}
