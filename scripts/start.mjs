#!/usr/bin/env node
// `npm start`: build everything and run the real Electron app. Without an Electron binary (this
// repository's CI installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1) it explains how to get one.
import { electronEnv, electronExecutable, missingElectronHelp, prepareElectronBuild, projectRoot, run } from './lib/electron.mjs';

const executable = electronExecutable();
if (executable === null) {
  console.error(missingElectronHelp);
  process.exit(1);
}

const buildCode = await prepareElectronBuild();
if (buildCode !== 0) process.exit(buildCode);

// `electron .` runs out/main/index.js (package.json "main") unpackaged, i.e. with DevTools.
process.exit(await run(executable, [projectRoot, ...process.argv.slice(2)], { env: electronEnv() }));
