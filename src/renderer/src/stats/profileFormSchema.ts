import { z } from 'zod';
import { MIN_K, profileInputSchema, type ProfileInput, type StatsProfile } from '@shared/stats/schemas';

/**
 * The custom-profile form: k is typed as text and only matters for cell suppression (the Cell Key
 * Method has no minimum count), so for CKM the stored k is the default. The result is checked with
 * the contract's own schema, so the form shows the same German messages the core would send.
 */
export interface ProfileValues {
  name: string;
  method: 'ckm' | 'suppression';
  k: string;
  tables: string[];
}

export const profileFormSchema = z
  .object({ name: z.string(), method: z.enum(['ckm', 'suppression']), k: z.string(), tables: z.array(z.string()) })
  .transform((values) => ({
    name: values.name,
    method: values.method,
    k: values.method === 'ckm' ? MIN_K : values.k.trim() === '' ? Number.NaN : Number(values.k.trim().replace(',', '.')),
    tables: values.tables,
  }))
  .pipe(profileInputSchema);

export function emptyProfile(allTables: readonly string[]): ProfileValues {
  return { name: '', method: 'suppression', k: String(MIN_K), tables: [...allTables] };
}

export function valuesOfProfile(profile: StatsProfile): ProfileValues {
  return { name: profile.name, method: profile.method, k: String(profile.k), tables: [...profile.tables] };
}

export type { ProfileInput };
