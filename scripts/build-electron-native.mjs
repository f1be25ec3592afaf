#!/usr/bin/env node
// Builds better-sqlite3-multiple-ciphers for Electron's ABI into build/electron-native/, leaving
// node_modules (built for the system Node, which runs the tests) untouched. The app loads the
// result through better-sqlite3's `nativeBinding` option; packaging ships it as an extra resource.
//
// Needs a C/C++ toolchain and, once per Electron version, network access to the Electron headers
// (https://www.electronjs.org/headers, cached in ~/.electron-gyp). Compiles from the source in
// node_modules instead of downloading a prebuilt binary from GitHub.
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rebuild } from '@electron/rebuild';
import { electronAbi, electronVersion, nativeBinding, nativeDir, nativeStamp, projectRoot, readJson } from './lib/electron.mjs';

const MODULE = 'better-sqlite3-multiple-ciphers';
const sourceDir = path.join(projectRoot, 'node_modules', MODULE);
const workDir = path.join(nativeDir, 'work');
const workModuleDir = path.join(workDir, 'node_modules', MODULE);
const logFile = path.join(nativeDir, 'rebuild.log');

// An npm-level `nodedir` (this repo's machines set one for the system Node headers) reaches
// node-gyp as npm_config_nodedir and would silently build against Node's headers instead of
// Electron's: the result would have the wrong ABI. The same goes for a forced target or runtime.
for (const key of Object.keys(process.env)) {
  if (/^npm_config_(nodedir|target|target_arch|runtime|disturl|dist_url)$/i.test(key)) delete process.env[key];
}

function fail(message) {
  console.error(`native:electron fehlgeschlagen / failed: ${message}`);
  process.exit(1);
}

function explain(log) {
  if (
    /network connectivity|behind a proxy|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|socket hang up|self[- ]signed|certificate/i.test(
      log,
    )
  ) {
    return `Electron-Header nicht erreichbar / Electron headers unreachable (https://www.electronjs.org/headers, needs network once per version) — details: ${path.relative(projectRoot, logFile)}`;
  }
  if (/\b(403|404)\b.*headers|headers.*\b(403|404)\b/i.test(log)) {
    return `keine Electron-Header für ${electronVersion()} / no Electron headers for this version — details: ${path.relative(projectRoot, logFile)}`;
  }
  if (/gyp ERR! find Python|not found: make|g\+\+: not found|MSBuild|Visual Studio/i.test(log)) {
    return `C/C++-Toolchain fehlt / C/C++ toolchain missing (python3, make, g++ or Visual Studio Build Tools) — details: ${path.relative(projectRoot, logFile)}`;
  }
  return `siehe / see ${path.relative(projectRoot, logFile)}`;
}

async function main() {
  const version = electronVersion();
  const abi = electronAbi();
  const moduleVersion = readJson(path.join(sourceDir, 'package.json')).version;

  await mkdir(nativeDir, { recursive: true });
  await rm(workDir, { recursive: true, force: true });
  await mkdir(path.dirname(workModuleDir), { recursive: true });
  // A project of its own, so @electron/rebuild walks nothing but this copy.
  await writeFile(
    path.join(workDir, 'package.json'),
    JSON.stringify(
      { name: 'fallbuch-electron-native', version: '0.0.0', private: true, dependencies: { [MODULE]: moduleVersion } },
      null,
      2,
    ),
  );
  // Without the system-Node `build/` folder, so nothing of the Node-ABI build can be mistaken for
  // an Electron build (@electron/rebuild skips modules that look already built).
  const nodeBuildDir = path.join(sourceDir, 'build');
  await cp(sourceDir, workModuleDir, {
    recursive: true,
    filter: (source) => source !== nodeBuildDir && !source.startsWith(nodeBuildDir + path.sep),
  });

  // @electron/rebuild prints node-gyp's whole output on failure; keep it in a log file and say one line.
  const captured = [];
  const original = { log: console.log, error: console.error, warn: console.warn };
  const capture = (...parts) => captured.push(parts.map(String).join(' '));
  console.log = capture;
  console.error = capture;
  console.warn = capture;
  let failure = null;
  try {
    await rebuild({
      buildPath: workDir,
      projectRootPath: workDir,
      electronVersion: version,
      arch: process.arch,
      onlyModules: [MODULE],
      force: true,
      buildFromSource: true,
      mode: 'sequential',
    });
  } catch (error) {
    failure = error;
    captured.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  } finally {
    Object.assign(console, original);
  }
  await writeFile(logFile, captured.join('\n') + '\n');
  if (failure) {
    await rm(workDir, { recursive: true, force: true });
    fail(explain(captured.join('\n')));
  }

  const built = path.join(workModuleDir, 'build', 'Release', 'better_sqlite3.node');
  let binary;
  try {
    binary = await readFile(built);
  } catch {
    fail(`kein ${path.relative(projectRoot, built)} erzeugt / not produced`);
  }
  // A classic (non-N-API) addon exports node_register_module_v<ABI>; checking it proves the build
  // targets Electron's ABI without loading it (this Node cannot load it).
  if (!binary.includes(Buffer.from(`node_register_module_v${abi}`))) {
    fail(`das Ergebnis hat nicht Electrons ABI ${abi} / result does not target Electron ABI ${abi}`);
  }

  const temporary = `${nativeBinding}.tmp`;
  await writeFile(temporary, binary);
  await rename(temporary, nativeBinding);
  await writeFile(
    nativeStamp,
    JSON.stringify(
      { module: MODULE, moduleVersion, electronVersion: version, abi, platform: process.platform, arch: process.arch },
      null,
      2,
    ) + '\n',
  );
  await rm(workDir, { recursive: true, force: true });
  console.log(
    `native:electron: ${path.relative(projectRoot, nativeBinding)} (Electron ${version}, ABI ${abi}, ${process.platform}-${process.arch})`,
  );
}

main().catch((error) => fail(error instanceof Error ? error.message.split('\n')[0] : String(error)));
