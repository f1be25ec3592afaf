// Helpers shared by the start, test and native-build scripts. They never `require('electron')`:
// that module downloads the binary as a side effect, which must not happen behind the user's back.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stampMismatch } from './nativeStamp.mjs';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const electronPackageDir = path.join(projectRoot, 'node_modules', 'electron');

export const nativeDir = path.join(projectRoot, 'build', 'electron-native');
export const nativeBinding = path.join(nativeDir, 'better_sqlite3.node');
export const nativeStamp = path.join(nativeDir, 'better_sqlite3.json');

export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function electronVersion() {
  return readJson(path.join(electronPackageDir, 'package.json')).version;
}

/** The NODE_MODULE_VERSION of the installed Electron (shipped in the package as `abi_version`). */
export function electronAbi() {
  return readFileSync(path.join(electronPackageDir, 'abi_version'), 'utf8').trim();
}

/**
 * Path of the installed Electron executable, or null when only the npm package (types) is there,
 * e.g. after `ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci`. Mirrors node_modules/electron/index.js.
 */
export function electronExecutable() {
  const pathFile = path.join(electronPackageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronPackageDir, 'dist');
  const executable = path.join(distDir, relative || 'electron');
  return existsSync(executable) ? executable : null;
}

export const missingElectronHelp = [
  'Kein Electron-Binary installiert (node_modules/electron/dist fehlt, z. B. wegen ELECTRON_SKIP_BINARY_DOWNLOAD=1).',
  'No Electron binary installed (node_modules/electron/dist is missing, e.g. because of ELECTRON_SKIP_BINARY_DOWNLOAD=1).',
  '',
  'Installieren / install (needs network access to GitHub releases):',
  '  node node_modules/electron/install.js',
  'oder / or:  npx install-electron',
].join('\n');

export const SQLITE_MODULE = 'better-sqlite3-multiple-ciphers';

/** What the stamp of a current binding says: this module version, this Electron, this OS and CPU. */
export function expectedStamp() {
  return {
    module: SQLITE_MODULE,
    moduleVersion: readJson(path.join(projectRoot, 'node_modules', SQLITE_MODULE, 'package.json')).version,
    electronVersion: electronVersion(),
    abi: electronAbi(),
    platform: process.platform,
    arch: process.arch,
  };
}

/** True when the Electron-ABI binding exists and its stamp matches (module version included). */
export function isNativeBindingCurrent() {
  if (!existsSync(nativeBinding) || !existsSync(nativeStamp)) return false;
  try {
    return stampMismatch(readJson(nativeStamp), expectedStamp()) === null;
  } catch {
    return false;
  }
}

/** Electron's tooling (@electron/rebuild, @electron/get, node-abi) needs Node 22.12 or later. */
export const ELECTRON_TOOLING_NODE = '22.12.0';

export function isToolingNodeSufficient(version = process.versions.node) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
}

export const toolingNodeHelp = [
  `Für Electron-Werkzeuge (Start, Paketierung, native Bibliothek) wird Node ${ELECTRON_TOOLING_NODE} oder neuer gebraucht; hier läuft ${process.versions.node}.`,
  `Electron's tooling (start, packaging, the native binding) needs Node ${ELECTRON_TOOLING_NODE} or newer; this is ${process.versions.node}. The tests run on Node 20.`,
].join('\n');

/** The environment for a child Electron: never as plain Node, whatever the caller's shell says. */
export function electronEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

/** Runs a command with inherited output; resolves with its exit code (signals count as failure). */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: projectRoot, ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

/** `node <package bin>` instead of `npx`, so no lookup or download can happen. */
export function runPackageBin(packageName, binName, args, options = {}) {
  const packageDir = path.join(projectRoot, 'node_modules', packageName);
  const manifest = readJson(path.join(packageDir, 'package.json'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[binName];
  return run(process.execPath, [path.join(packageDir, bin), ...args], options);
}

/**
 * What both `npm start` and the Electron suite need before Electron starts: the native binding for
 * Electron's ABI (built when missing or stale) and a fresh build of main, preload and renderer.
 * Returns a process exit code (0 on success).
 */
export async function prepareElectronBuild() {
  if (!isNativeBindingCurrent()) {
    if (!isToolingNodeSufficient()) {
      console.error(toolingNodeHelp);
      return 1;
    }
    const code = await run(process.execPath, ['scripts/build-electron-native.mjs']);
    if (code !== 0) return code;
  }
  return runPackageBin('electron-vite', 'electron-vite', ['build']);
}
