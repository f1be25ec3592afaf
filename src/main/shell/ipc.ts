import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type ChannelName } from '@shared/contract/channels';
import type { Result } from '@shared/kernel/result';
import { forbiddenResult, isTrustedIpcSender, type IpcSenderFacts } from './requestPolicy';

export interface IpcCore {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
}

export interface IpcOptions {
  core: IpcCore;
  /** The one window allowed to call; null while none exists. */
  getWindow: () => BrowserWindow | null;
  /** `npm run dev` only: the dev server's origin counts as our own page. */
  devServerOrigin?: string | null;
  /** Lets the shell follow answers it needs for its own strings (the language). */
  onResult?: (channel: ChannelName, result: Result<unknown>) => void;
}

/**
 * Collects what the sender check needs. `senderFrame` is null once the frame navigated away or was
 * destroyed, and reading a disposed frame throws: both count as untrusted.
 */
export function describeSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): IpcSenderFacts {
  try {
    const isAppWindow = window !== null && !window.isDestroyed() && event.sender.id === window.webContents.id;
    const frame = event.senderFrame;
    if (!isAppWindow || frame === null) return { isAppWindow, isMainFrame: false, frameUrl: null };
    const mainFrame = window.webContents.mainFrame;
    const isMainFrame = frame.parent === null && frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId;
    return { isAppWindow, isMainFrame, frameUrl: frame.url };
  } catch {
    return { isAppWindow: false, isMainFrame: false, frameUrl: null };
  }
}

/**
 * One handler per contract channel, nothing else: an unknown channel has no handler at all. The
 * shell does not look at payloads; the core parses them and checks the session.
 */
export function registerIpc(options: IpcOptions): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedIpcSender(describeSender(event, options.getWindow()), options)) return forbiddenResult();
      let result: Result<unknown>;
      try {
        result = await options.core.invoke(channel, payload);
      } catch {
        // The core promises not to throw; if it ever does, a thrown Error would carry its message
        // (paths, SQL) to the renderer, so only the stable code crosses.
        return { ok: false, error: { code: 'INTERNAL', message: 'error.INTERNAL' } };
      }
      try {
        options.onResult?.(channel, result);
      } catch {
        // Following the language is cosmetic; it must never cost the renderer its answer.
      }
      return result;
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
