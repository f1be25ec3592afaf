import { z } from 'zod';
import { SUPERVISOR_ONLY, cancelled, enteredPassphrase, recoveryKeyText, writtenFileSchema, type AreaContract } from '../kernel/spec';
import { type EXIT_CHANNELS } from './channels';

/** The word the supervisor types as the second confirmation of the Gesamtexport. */
export const EXPORT_CONFIRMATION_WORD = 'GESAMTEXPORT';

/**
 * Both credentials, because either one alone already opens the vault for its holder: the supervisor's
 * own passphrase (who asks) and the recovery key (the organisation's sealed copy, fetched from the
 * safe) — the four-eyes rule of the exit kit.
 */
const credentials = {
  passphrase: enteredPassphrase,
  recoveryKey: recoveryKeyText,
  /** First confirmation: the warning was read. */
  acknowledged: z.literal(true, { message: 'validation.acknowledgeRequired' }),
};

export const exportedTableSchema = z.object({ name: z.string(), rows: z.number().int() });

export const exitContract = {
  'exit:revealDataKey': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject(credentials),
    output: z.object({
      /** 64 hex digits: the raw SQLCipher key of fallbuch.db. */
      dataKeyHex: z.string().regex(/^[0-9a-f]{64}$/),
      /** The exact lines for the official SQLCipher command-line shell, in order. */
      pragmas: z.array(z.string()),
      databaseFile: z.string(),
      vaultId: z.string(),
    }),
  },
  'exit:export': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({
      ...credentials,
      /** Second confirmation: the word typed by hand. */
      confirmation: z.string().trim().max(40),
    }),
    output: z.union([
      cancelled,
      z.object({
        cancelled: z.literal(false),
        ...writtenFileSchema.shape,
        tables: z.array(exportedTableSchema),
        documents: z.number().int(),
        logIntact: z.boolean(),
      }),
    ]),
  },
} as const satisfies AreaContract<(typeof EXIT_CHANNELS)[number]>;
