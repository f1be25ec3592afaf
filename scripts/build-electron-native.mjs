#!/usr/bin/env node
// Makes better-sqlite3-multiple-ciphers for Electron's ABI in build/electron-native/, leaving
// node_modules (built for the system Node, which runs the tests) untouched. The app loads the
// result through better-sqlite3's `nativeBinding` option; packaging ships it as an extra resource.
//
// First the module's own prebuilt binary for this Electron (GitHub releases of the module, the same
// download its install script does); only where none is published, a build from the source in
// node_modules, which needs a C/C++ toolchain and, once per Electron version, the Electron headers
// (https://www.electronjs.org/headers, cached in ~/.electron-gyp). `--from-source` skips the download.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  electronAbi,
  electronExecutable,
  electronVersion,
  expectedStamp,
  nativeBinding,
  nativeDir,
  nativeStamp,
  projectRoot,
  readJson,
} from './lib/electron.mjs';
import { createStamp } from './lib/nativeStamp.mjs';

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

/**
 * The module's published binary for this Electron, platform and CPU, through prebuild-install (the
 * tool its own install script runs). Returns false when there is none or it cannot be fetched.
 */
function fetchPrebuilt(version) {
  const prebuildInstall = createRequire(path.join(sourceDir, 'package.json')).resolve('prebuild-install/bin.js');
  const result = spawnSync(
    process.execPath,
    [prebuildInstall, '--runtime', 'electron', '--target', version, '--arch', process.arch, '--platform', process.platform, '--verbose'],
    { cwd: workModuleDir, encoding: 'utf8', env: process.env, timeout: 180_000 },
  );
  captured.push('--- prebuilt binary (prebuild-install) ---', result.stdout ?? '', result.stderr ?? '');
  return result.status === 0;
}

/** Loads the binding in the installed Electron (as Node) and runs a query with a key: proof beyond the ABI marker. */
function verifyInElectron(binary) {
  const executable = electronExecutable();
  if (executable === null) return 'not checked (no Electron binary installed)';
  const script = `const D = require(${JSON.stringify(path.join(workModuleDir, 'lib'))});
const db = new D(':memory:', { nativeBinding: ${JSON.stringify(binary)} });
db.pragma("cipher = 'sqlcipher'"); db.pragma('legacy = 4'); db.pragma(${JSON.stringify(`key = "x'${'00'.repeat(32)}'"`)});
db.exec('CREATE TABLE t (x)'); process.stdout.write(String(db.prepare('SELECT sqlite_version()').pluck().get()));`;
  const result = spawnSync(executable, ['-e', script], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    timeout: 60_000,
  });
  if (result.status !== 0)
    fail(`die Bibliothek lädt nicht in Electron / the binding does not load in Electron: ${(result.stderr ?? '').split('\n')[0]}`);
  return `loads in Electron (SQLite ${result.stdout.trim()})`;
}

const captured = [];

async function main() {
  const version = electronVersion();
  const abi = electronAbi();
  const moduleVersion = readJson(path.join(sourceDir, 'package.json')).version;
  const fromSource = process.argv.includes('--from-source');

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

  const built = path.join(workModuleDir, 'build', 'Release', 'better_sqlite3.node');
  const prebuilt = !fromSource && fetchPrebuilt(version);
  if (prebuilt) {
    console.log(
      `native:electron: vorgefertigte Bibliothek geladen / prebuilt binary fetched (Electron ${version}, ${process.platform}-${process.arch})`,
    );
  } else {
    console.log('native:electron: keine vorgefertigte Bibliothek / no prebuilt binary: building from source');
    await buildFromSource(version);
  }
  let binary;
  try {
    binary = await readFile(built);
  } catch {
    fail(`kein ${path.relative(projectRoot, built)} erzeugt / not produced`);
  }
  // A classic (non-N-API) addon exports node_register_module_v<ABI>; checking it proves the binary
  // targets Electron's ABI without loading it (this Node cannot load it).
  if (!binary.includes(Buffer.from(`node_register_module_v${abi}`))) {
    fail(`das Ergebnis hat nicht Electrons ABI ${abi} / result does not target Electron ABI ${abi}`);
  }
  const loaded = verifyInElectron(built);

  const temporary = `${nativeBinding}.tmp`;
  await writeFile(temporary, binary);
  await rename(temporary, nativeBinding);
  await writeFile(nativeStamp, JSON.stringify(createStamp(expectedStamp(), prebuilt ? 'prebuilt' : 'source'), null, 2) + '\n');
  await writeFile(logFile, captured.join('\n') + '\n');
  await rm(workDir, { recursive: true, force: true });
  console.log(
    `native:electron: ${path.relative(projectRoot, nativeBinding)} (${MODULE} ${moduleVersion}, Electron ${version}, ABI ${abi}, ${process.platform}-${process.arch}, ${prebuilt ? 'prebuilt' : 'source'}; ${loaded})`,
  );
}

async function buildFromSource(version) {
  // @electron/rebuild prints node-gyp's whole output on failure; keep it in a log file and say one line.
  const { rebuild } = await import('@electron/rebuild');
  captured.push('--- build from source (@electron/rebuild) ---');
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
  if (failure) {
    await writeFile(logFile, captured.join('\n') + '\n');
    await rm(workDir, { recursive: true, force: true });
    fail(explain(captured.join('\n')));
  }
}

main().catch((error) => fail(error instanceof Error ? error.message.split('\n')[0] : String(error)));
