import type { z } from 'zod';
import type { Area, ChannelName, ChannelsOf } from '@shared/contract/channels';
import type { Contract, ParsedInput } from '@shared/contract/contract';
import type { Session } from './session';

/** What a handler returns: the output schema's input type, parsed again before it leaves the core. */
export type HandlerOutput<C extends ChannelName> = z.input<Contract[C]['output']>;

/** The signed-in session for channels that need one; public channels (set-up, unlock, status) get none. */
export type SessionFor<C extends ChannelName> = Contract[C]['access'] extends 'public' ? null : Session;

/**
 * A channel's handler: the parsed input and the session the dispatcher checked (role, idle lock,
 * forced passphrase change). Handlers never look the session up themselves.
 */
export type Handler<C extends ChannelName> = (
  input: ParsedInput<C>,
  session: SessionFor<C>,
) => Promise<HandlerOutput<C>> | HandlerOutput<C>;

/** Every channel needs a handler: a missing one fails to compile where the map is assembled. */
export type Handlers = { [C in ChannelName]: Handler<C> };

/** The handlers of some feature areas, e.g. `HandlersFor<'vault' | 'session'>`. */
export type HandlersFor<A extends Area> = { [C in ChannelsOf<A>]: Handler<C> };

/** What handlers return for a change that has no result of its own. */
export const DONE = { done: true } as const;

/** Runs a change that has no result of its own and answers DONE. */
export function doneAfter(change: () => void): typeof DONE {
  change();
  return DONE;
}
