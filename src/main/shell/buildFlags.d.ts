/**
 * Set by electron-vite at build time (electron.vite.config.ts). True only in the smoke-test build
 * (`npm run package:smoke`), which Playwright must be able to start with `--inspect` and
 * `--remote-debugging-port`; every real build has it false.
 */
declare const __FALLBUCH_SMOKE_TEST_BUILD__: boolean;
