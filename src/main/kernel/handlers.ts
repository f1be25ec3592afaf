import type { Area, ChannelName, ChannelsOf } from '@shared/contract/channels';
import type { Contract, ParsedInput } from '@shared/contract/contract';
import type { z } from 'zod';

/** What a handler returns: the output schema's input type, parsed again before it leaves the core. */
export type HandlerOutput<C extends ChannelName> = z.input<Contract[C]['output']>;

export type Handler<C extends ChannelName> = (input: ParsedInput<C>) => Promise<HandlerOutput<C>> | HandlerOutput<C>;

/** Every channel needs a handler: a missing one fails to compile where the map is assembled. */
export type Handlers = { [C in ChannelName]: Handler<C> };

/** The handlers of one feature area, e.g. `HandlersFor<'vault'>`. */
export type HandlersFor<A extends Area> = { [C in ChannelsOf<A>]: Handler<C> };
