#!/usr/bin/env node
// `npm run dev`: electron-vite's dev server with hot reload for the renderer; main and preload are
// rebuilt on change. The shell trusts the dev server's loopback origin in unpackaged runs only
// (src/main/shell/requestPolicy.ts: parseDevServerOrigin); the CSP of the app: protocol does not
// apply to dev-server pages — `npm start` runs the built bundle exactly as it ships.
import {
  electronEnv,
  electronExecutable,
  isNativeBindingCurrent,
  isToolingNodeSufficient,
  missingElectronHelp,
  run,
  runPackageBin,
  toolingNodeHelp,
} from './lib/electron.mjs';

if (electronExecutable() === null) {
  console.error(missingElectronHelp);
  process.exit(1);
}
if (!isNativeBindingCurrent()) {
  if (!isToolingNodeSufficient()) {
    console.error(toolingNodeHelp);
    process.exit(1);
  }
  const code = await run(process.execPath, ['scripts/build-electron-native.mjs']);
  if (code !== 0) process.exit(code);
}
process.exit(await runPackageBin('electron-vite', 'electron-vite', ['dev', ...process.argv.slice(2)], { env: electronEnv() }));
