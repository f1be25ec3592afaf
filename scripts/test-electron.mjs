#!/usr/bin/env node
// `npm run test:electron`: the Playwright suite against the real Electron app (tests/electron).
// Where no Electron binary is installed it is skipped with one line, so `npm test` stays green on
// machines that can only run the Node and Chromium benches.
import { electronEnv, electronExecutable, prepareElectronBuild, runPackageBin } from './lib/electron.mjs';

const executable = electronExecutable();
if (executable === null) {
  console.log('Electron-E2E übersprungen: kein Electron-Binary installiert (ELECTRON_SKIP_BINARY_DOWNLOAD).');
  process.exit(0);
}

// With Electron present, a failed native build is a real failure, not a reason to skip.
const buildCode = await prepareElectronBuild();
if (buildCode !== 0) process.exit(buildCode);

process.exit(
  await runPackageBin('@playwright/test', 'playwright', ['test', '-c', 'tests/electron/playwright.config.ts', ...process.argv.slice(2)], {
    env: electronEnv({ FALLBUCH_ELECTRON_PATH: executable }),
  }),
);
