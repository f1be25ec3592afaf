import type { z } from 'zod';
import { CHANNELS, type ChannelName } from '@shared/contract/channels';
import { contract } from '@shared/contract/contract';
import type { AppErrorData, Result } from '@shared/kernel/result';
import { AppError, storageErrorOf } from '../kernel/errors';
import type { Handlers } from '../session/handlers';
import type { VaultService } from '../vault';
import type { Session } from '../session/session';

const channelNames: ReadonlySet<string> = new Set(CHANNELS);

function isChannel(channel: unknown): channel is ChannelName {
  return typeof channel === 'string' && channelNames.has(channel);
}

/** Calls that must not keep an idle vault open: polling the status is not user activity. */
const PASSIVE_CHANNELS: ReadonlySet<ChannelName> = new Set(['vault:status', 'app:info']);

/** All a session with an initial passphrase may do: change it, or lock (public channels aside). */
const FIRST_UNLOCK_CHANNELS: ReadonlySet<ChannelName> = new Set(['vault:changePassphrase', 'vault:lock', 'session:touch']);

export function describeZodIssues(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (fields[path]) continue;
    fields[path] = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
  }
  return fields;
}

function failure(error: AppErrorData): Result<never> {
  return { ok: false, error };
}

/**
 * The single way into the core: check the channel, parse the input, check session and role, run
 * the handler, parse the output. Calls run one at a time, so a slow unlock (Argon2id) cannot
 * interleave with a lock or a second unlock.
 */
export function createDispatcher(handlers: Handlers, vault: VaultService) {
  let queue: Promise<unknown> = Promise.resolve();

  async function dispatch(channel: unknown, payload: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel)) return failure(new AppError('UNKNOWN_CHANNEL').toData());
    const spec = contract[channel];
    try {
      vault.lockIfIdle();
      // Session and role first: a locked core answers LOCKED whatever was sent.
      const session = spec.access === 'public' ? null : vault.currentSession();
      if (spec.access !== 'public') {
        if (!session) return failure(new AppError('LOCKED').toData());
        const roles: readonly string[] = spec.access;
        if (!roles.includes(session.actor.role)) return failure(new AppError('FORBIDDEN').toData());
        // An initial or reset passphrase must be replaced before anything else (issue 4).
        if (session.mustChangePassphrase && !FIRST_UNLOCK_CHANNELS.has(channel)) {
          return failure(new AppError('PASSPHRASE_CHANGE_REQUIRED').toData());
        }
      }
      const parsed = spec.input.safeParse(payload);
      if (!parsed.success) {
        return failure(new AppError('INVALID_INPUT', { fields: describeZodIssues(parsed.error) }).toData());
      }
      if (spec.access !== 'public' && !PASSIVE_CHANNELS.has(channel)) vault.touch();
      // The handler map is typed per channel; here the channel is only known at run time.
      const handler = handlers[channel] as (input: unknown, session: Session | null) => unknown;
      const value = await handler(parsed.data, session);
      const output = spec.output.safeParse(value);
      if (!output.success) return failure(new AppError('INVALID_OUTPUT').toData());
      return { ok: true, value: output.data };
    } catch (error) {
      if (error instanceof AppError) return failure(error.toData());
      const storage = storageErrorOf(error);
      if (storage) return failure(storage.toData());
      // Only the kind of error is reported: messages of lower layers may quote data.
      const kind = error instanceof Error ? `${error.name}${'code' in error ? `:${String(error.code)}` : ''}` : typeof error;
      console.error(`[fallbuch] ${channel} failed (${kind})`);
      return failure(new AppError('INTERNAL').toData());
    }
  }

  return function invoke(channel: unknown, payload: unknown): Promise<Result<unknown>> {
    const result = queue.then(() => dispatch(channel, payload));
    queue = result.catch(() => undefined);
    return result;
  };
}
