import { CHANNELS, type Area, type ChannelName, type ChannelsOf, type VerbOf } from './channels';
import type { ChannelInput, ChannelOutput } from './contract';
import type { Result } from '../kernel/result';

/** How a call reaches the core: `ipcRenderer.invoke` in the app, `page.exposeBinding` in tests. */
export type Invoke = (channel: ChannelName, payload: unknown) => Promise<unknown>;

type Call<C extends ChannelName> =
  Record<never, never> extends ChannelInput<C>
    ? (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

export type FallbuchApi = {
  readonly [A in Area]: { readonly [C in ChannelsOf<A> as VerbOf<C>]: Call<C> };
};

/**
 * Builds `window.fallbuch` from the channel list: `fallbuch.vault.unlock(input)` invokes
 * `vault:unlock`. It only maps names; the core parses and checks everything.
 */
export function createApi(invoke: Invoke): FallbuchApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [area, verb] = channel.split(':') as [string, string];
    const calls = (api[area] ??= {});
    calls[verb] = (input?: unknown) => invoke(channel, input ?? {});
  }
  for (const calls of Object.values(api)) Object.freeze(calls);
  // The shape is built from CHANNELS, which `contract.ts` checks against the contract.
  return Object.freeze(api) as unknown as FallbuchApi;
}
