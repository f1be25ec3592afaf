import { z } from 'zod';
import { newPassphrase, type AreaContract } from '../kernel/spec';
import { roleSchema } from '../kernel/roles';
import { sessionSchema } from '../vault';
import { type TRAINING_CHANNELS } from './channels';

/** Synthetic cases a new training vault is filled with: enough for every screen, quick to create. */
export const TRAINING_CASE_COUNT = 60;

/**
 * The passphrase of both accounts of the vault `npm run demo` creates (unpackaged builds only): it
 * is printed for anyone trying the app, and guards nothing but invented cases.
 */
export const DEMO_TRAINING_PASSPHRASE = 'Schulung ohne echte Daten';

export const trainingContract = {
  /**
   * Creates a training vault at set-up (when no vault is configured) in a folder of its own next to
   * the suggested vault folder, fills it with synthetic cases and signs the counsellor in. Both
   * training accounts get the one passphrase given here.
   */
  'trainingVault:create': {
    access: 'public',
    input: z.strictObject({ passphrase: newPassphrase }),
    output: z.object({
      session: sessionSchema,
      vaultDir: z.string(),
      accounts: z.array(z.object({ name: z.string(), role: roleSchema })),
      cases: z.number().int(),
    }),
  },
  /**
   * Ends the training: locks a training vault and forgets its folder, so the set-up of a real vault
   * comes next. The folder with its synthetic cases stays where it is. Refused for a real vault.
   */
  'trainingVault:leave': { access: 'public', input: z.strictObject({}), output: z.object({ vaultDir: z.string() }) },
} as const satisfies AreaContract<(typeof TRAINING_CHANNELS)[number]>;
