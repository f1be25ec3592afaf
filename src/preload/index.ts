import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '@shared/contract/api';
import type { ChannelName } from '@shared/contract/channels';

/**
 * The renderer's only door to the core. Only the frozen `window.fallbuch` object crosses the bridge
 * (never `ipcRenderer` itself), so page code can call contract channels and nothing else.
 * This bundle must stay free of zod and any other runtime import besides `electron`.
 */
contextBridge.exposeInMainWorld(
  'fallbuch',
  createApi((channel: ChannelName, payload: unknown) => ipcRenderer.invoke(channel, payload)),
);
