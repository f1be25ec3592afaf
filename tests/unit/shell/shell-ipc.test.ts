import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../../src/shared/contract/channels';
import type { Result } from '../../../src/shared/kernel/result';

// No Electron binary exists where these tests run (and importing `electron` under Node would try
// to download one), so ipcMain is replaced by a registry; everything else is the real ipc.ts.
type Handler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<Result<unknown>>;
const handlers = new Map<string, Handler>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerIpc } = await import('../../../src/main/shell/ipc');

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

const mainFrame: FakeFrame = { url: 'app://fallbuch/index.html', parent: null, processId: 4, routingId: 1 };
const appWindow = {
  isDestroyed: () => false,
  webContents: { id: 7, mainFrame },
} satisfies Partial<Record<keyof BrowserWindow, unknown>>;

function eventFrom(senderId: number, frame: FakeFrame | null): IpcMainInvokeEvent {
  // Only the fields describeSender reads; the cast is confined to this test double.
  return { sender: { id: senderId }, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

function handlerFor(channel: string): Handler {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler;
}

const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN', message: 'error.FORBIDDEN' } };

describe('registerIpc', () => {
  const calls: [string, unknown][] = [];
  const seen: string[] = [];
  let unregister: () => void = () => undefined;
  let throwing = false;

  beforeEach(() => {
    unregister();
    calls.length = 0;
    seen.length = 0;
    throwing = false;
    unregister = registerIpc({
      core: {
        invoke: async (channel, payload) => {
          calls.push([channel, payload]);
          if (throwing) throw new Error('/home/someone/Tresor/fallbuch.db is locked');
          return { ok: true, value: { language: 'en' } };
        },
      },
      getWindow: () => appWindow as unknown as BrowserWindow,
      onResult: (channel) => seen.push(channel),
    });
  });

  test('registers exactly the contract channels', () => {
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  test('forwards calls from the main frame of our window to the core', async () => {
    const result = await handlerFor('vault:status')(eventFrom(7, mainFrame), { x: 1 });
    expect(result).toEqual({ ok: true, value: { language: 'en' } });
    expect(calls).toEqual([['vault:status', { x: 1 }]]);
    expect(seen).toEqual(['vault:status']);
  });

  test.each([
    ['another window', eventFrom(8, mainFrame)],
    ['an iframe', eventFrom(7, { url: 'app://fallbuch/index.html', parent: mainFrame, processId: 4, routingId: 2 })],
    ['a frame that is gone', eventFrom(7, null)],
    ['our frame showing a foreign page', eventFrom(7, { ...mainFrame, url: 'https://example.org/' })],
    ['a replaced main frame', eventFrom(7, { ...mainFrame, routingId: 9 })],
  ])('refuses %s without reaching the core', async (_label, event) => {
    expect(await handlerFor('vault:unlock')(event, { account: 'a', passphrase: 'b' })).toEqual(FORBIDDEN);
    expect(calls).toEqual([]);
  });

  test('refuses everything while no window exists', async () => {
    unregister();
    unregister = registerIpc({ core: { invoke: async () => ({ ok: true, value: null }) }, getWindow: () => null });
    expect(await handlerFor('app:info')(eventFrom(7, mainFrame), {})).toEqual(FORBIDDEN);
  });

  test('a throwing core yields INTERNAL without its message', async () => {
    throwing = true;
    const result = await handlerFor('vault:status')(eventFrom(7, mainFrame), {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'error.INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('Tresor');
  });
});
