import { join } from 'node:path';
import { z } from 'zod';
import { readTextFile, writeFileAtomic } from '../kernel/files';

/**
 * Unlock throttling that survives a restart. After three failed attempts every further attempt must
 * wait 2^n seconds (n = failures so far), capped at 15 minutes. The file also remembers failed
 * attempts so they can be written to the access log at the next successful unlock — the log lives
 * inside the encrypted vault, which a failed attempt cannot open.
 *
 * The file is not secret and someone with write access to the folder can reset it; the real
 * protection against guessing is the Argon2id cost of every attempt. The throttle stops casual
 * guessing at the keyboard.
 */
const FREE_ATTEMPTS = 3;
const MAX_WAIT_SECONDS = 15 * 60;
const MAX_PENDING = 1000;

const throttleSchema = z.object({
  failures: z.number().int().min(0),
  lastFailureAt: z.string().nullable(),
  pending: z.array(z.object({ at: z.string(), account: z.string(), method: z.enum(['passphrase', 'recoveryKey']) })),
});
export type ThrottleState = z.infer<typeof throttleSchema>;
export type FailedAttempt = ThrottleState['pending'][number];

const EMPTY: ThrottleState = { failures: 0, lastFailureAt: null, pending: [] };

export function waitSecondsAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** failures, MAX_WAIT_SECONDS);
}

export class UnlockThrottle {
  private readonly file: string;

  constructor(vaultDir: string) {
    this.file = join(vaultDir, 'unlock-throttle.json');
  }

  read(): ThrottleState {
    const text = readTextFile(this.file);
    if (text === null) return EMPTY;
    try {
      const parsed = throttleSchema.safeParse(JSON.parse(text));
      // A damaged file must not lift the wait: treat it as the maximum wait from now.
      return parsed.success ? parsed.data : { failures: 20, lastFailureAt: new Date().toISOString(), pending: [] };
    } catch {
      return { failures: 20, lastFailureAt: new Date().toISOString(), pending: [] };
    }
  }

  /** The moment the next attempt is allowed, or null when it is allowed now. */
  retryAt(now: Date): Date | null {
    const state = this.read();
    if (!state.lastFailureAt) return null;
    const wait = waitSecondsAfter(state.failures);
    const at = new Date(Date.parse(state.lastFailureAt) + wait * 1000);
    return at > now ? at : null;
  }

  recordFailure(now: Date, account: string, method: FailedAttempt['method']): ThrottleState {
    const state = this.read();
    const next: ThrottleState = {
      failures: state.failures + 1,
      lastFailureAt: now.toISOString(),
      pending: [...state.pending, { at: now.toISOString(), account, method }].slice(-MAX_PENDING),
    };
    writeFileAtomic(this.file, JSON.stringify(next));
    return next;
  }

  /** Called after a successful unlock, once the pending failures are in the access log. */
  reset(): void {
    writeFileAtomic(this.file, JSON.stringify(EMPTY));
  }
}
