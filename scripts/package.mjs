#!/usr/bin/env node
// `npm run package:win` / `package:linux` / `package:smoke`: every step that packaging needs, in an
// order that fails early and cheaply, numbered, so a machine that cannot finish (no Electron binary,
// an old Node, no network for the native binding) says exactly where it stopped and why. The first
// two steps need nothing but this repository and run everywhere, also where Electron cannot be
// downloaded.
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  electronExecutable,
  electronVersion,
  isNativeBindingCurrent,
  isToolingNodeSufficient,
  missingElectronHelp,
  projectRoot,
  run,
  runPackageBin,
  toolingNodeHelp,
} from './lib/electron.mjs';
import { checkPackagingIdentity, maintainerProblem, validateBuilderConfig } from './lib/packaging.mjs';

const TARGETS = {
  win: { platform: 'win32', flag: '--win', config: 'electron-builder.yml' },
  linux: { platform: 'linux', flag: '--linux', config: 'electron-builder.yml' },
  smoke: { platform: process.platform, flag: process.platform === 'win32' ? '--win' : '--linux', config: 'electron-builder.smoke.yml' },
};

const targetName = process.argv[2] ?? (process.platform === 'win32' ? 'win' : 'linux');
const target = TARGETS[targetName];
if (!target) {
  console.error(`Unbekanntes Ziel / unknown target: ${targetName} (win, linux, smoke)`);
  process.exit(1);
}
const isSmoke = targetName === 'smoke';

class StepStop extends Error {}
const stop = (message) => {
  throw new StepStop(message);
};

async function checkConfiguration() {
  if (target.platform !== process.platform) {
    stop(
      `Pakete für ${target.platform} nur auf ${target.platform} bauen: die SQLite-Bibliothek lässt sich nicht cross-kompilieren / ` +
        `packages for ${target.platform} are built on ${target.platform} only (no cross-compiling of the native binding)`,
    );
  }
  const problems = checkPackagingIdentity(projectRoot);
  if (problems.length > 0) stop(problems.join('; '));
  const invalid = await validateBuilderConfig(projectRoot, target.config);
  if (invalid) stop(invalid);
  // Needed only by the last step; said now, so nobody waits for a build that will stop there.
  const later = packageSettingsProblem();
  if (later) console.warn(`package:${targetName}: Hinweis für Schritt ${STEPS.length}: ${later}`);
  return `${target.config} gültig; productName, appId und AppUserModelId stimmen überein`;
}

/** The .deb needs a real maintainer; a release may demand signing. Null when all is in place. */
function packageSettingsProblem() {
  if (isSmoke) return null;
  if (target.platform === 'linux') return maintainerProblem(process.env.FALLBUCH_MAINTAINER);
  if (target.platform === 'win32' && process.env.FALLBUCH_REQUIRE_SIGNING === '1' && !(process.env.CSC_LINK || process.env.WIN_CSC_LINK)) {
    return 'FALLBUCH_REQUIRE_SIGNING=1, aber kein Zertifikat (CSC_LINK / WIN_CSC_LINK) / but no certificate';
  }
  return null;
}

async function buildApp() {
  const env = { ...process.env };
  if (isSmoke) env.FALLBUCH_SMOKE_TEST_BUILD = '1';
  else delete env.FALLBUCH_SMOKE_TEST_BUILD;
  const code = await runPackageBin('electron-vite', 'electron-vite', ['build'], { env });
  if (code !== 0) stop(`electron-vite build endete mit ${code}`);
  return isSmoke ? 'out/ (Testvariante: Debug-Schalter und Testprofil erlaubt)' : 'out/';
}

async function requireElectron() {
  const executable = electronExecutable();
  if (executable === null) stop(`kein Electron-Binary / no Electron binary.\n${missingElectronHelp}`);
  return `Electron ${electronVersion()}: ${path.relative(projectRoot, executable)}`;
}

async function requireToolingNode() {
  if (!isToolingNodeSufficient()) stop(toolingNodeHelp);
  return `Node ${process.versions.node}`;
}

async function nativeBinding() {
  if (isNativeBindingCurrent()) return 'aktuell / current';
  const code = await run(process.execPath, ['scripts/build-electron-native.mjs']);
  if (code !== 0) stop('siehe build/electron-native/rebuild.log');
  return 'gebaut / built';
}

async function builder() {
  const problem = packageSettingsProblem();
  if (problem) stop(problem);
  const distDir = path.dirname(electronExecutable() ?? '');
  const args = ['--config', target.config, target.flag, `-c.electronDist=${distDir}`, `-c.electronVersion=${electronVersion()}`];
  if (!isSmoke && target.platform === 'linux') args.push(`-c.linux.maintainer=${process.env.FALLBUCH_MAINTAINER}`);
  if (!isSmoke && process.env.FALLBUCH_REQUIRE_SIGNING === '1') args.push('-c.forceCodeSigning=true');
  const code = await runPackageBin('electron-builder', 'electron-builder', args);
  if (code !== 0) stop(`electron-builder endete mit ${code}`);
  const output = isSmoke ? 'dist-smoke' : 'dist';
  if (isSmoke) {
    const executable =
      process.platform === 'win32' ? path.join(output, 'win-unpacked', 'Fallbuch.exe') : path.join(output, 'linux-unpacked', 'fallbuch');
    if (!existsSync(path.join(projectRoot, executable))) stop(`${executable} fehlt`);
    return `${executable} (FALLBUCH_PACKAGED_APP für tests/electron/packaged.spec.ts)`;
  }
  return `${output}/`;
}

const STEPS = [
  ['Konfiguration prüfen / check configuration', checkConfiguration],
  ['App bauen / build the app (electron-vite)', buildApp],
  ['Electron-Binary / Electron binary', requireElectron],
  ['Node für Electron-Werkzeuge / Node for Electron tooling (≥ 22.12)', requireToolingNode],
  ['SQLite-Bibliothek für Electron / SQLite binding for Electron', nativeBinding],
  ['Pakete bauen / build the packages (electron-builder)', builder],
];

async function main() {
  for (const [index, [name, step]] of STEPS.entries()) {
    const label = `[${index + 1}/${STEPS.length}] ${name}`;
    console.log(`package:${targetName} ${label} …`);
    try {
      console.log(`package:${targetName} ${label}: ${await step()}`);
    } catch (error) {
      if (!(error instanceof StepStop)) throw error;
      console.error(`\npackage:${targetName} angehalten bei Schritt ${index + 1}/${STEPS.length} (${name}).`);
      console.error(error.message);
      if (index > 0) console.error(`Schritte 1–${index} sind erledigt / steps 1–${index} are done.`);
      process.exit(2);
    }
  }
  console.log(`package:${targetName}: fertig / done`);
}

await main();
