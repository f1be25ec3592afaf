import type { FallbuchApi } from './api';

/** What the preload puts on `window` (and what the Chromium E2E tests rebuild with `createApi`). */
declare global {
  interface Window {
    readonly fallbuch: FallbuchApi;
  }
}

export {};
