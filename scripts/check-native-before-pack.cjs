// electron-builder `beforePack` hook: refuses to package when the shipped Electron-ABI SQLite
// binding (build/electron-native/better_sqlite3.node) was made for another platform, CPU, Electron
// version or version of the SQLite module. node-gyp cannot cross-compile, so e.g. `package:win` on
// Linux would otherwise ship a Linux binary and produce an app that cannot open any vault; a stale
// module version would ship an old SQLite under a new package.json.
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

module.exports = async function beforePack(context) {
  const root = path.resolve(__dirname, '..');
  const { stampMismatch } = await import(pathToFileURL(path.join(__dirname, 'lib', 'nativeStamp.mjs')).href);
  const stampFile = path.join(root, 'build', 'electron-native', 'better_sqlite3.json');
  const binding = path.join(root, 'build', 'electron-native', 'better_sqlite3.node');
  if (!existsSync(stampFile) || !existsSync(binding)) {
    throw new Error('build/electron-native/better_sqlite3.node fehlt / is missing: npm run native:electron');
  }
  const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
  const electronPackage = path.join(root, 'node_modules', 'electron');
  const expected = {
    module: 'better-sqlite3-multiple-ciphers',
    moduleVersion: readJson(path.join(root, 'node_modules', 'better-sqlite3-multiple-ciphers', 'package.json')).version,
    electronVersion: readJson(path.join(electronPackage, 'package.json')).version,
    abi: readFileSync(path.join(electronPackage, 'abi_version'), 'utf8').trim(),
    platform: context.electronPlatformName,
    arch: ARCH_NAMES[context.arch] ?? String(context.arch),
  };
  const mismatch = stampMismatch(readJson(stampFile), expected);
  if (mismatch === null) return;
  if (mismatch.startsWith('platform') || mismatch.startsWith('arch')) {
    throw new Error(
      `better_sqlite3.node passt nicht zum Zielsystem / does not fit the target (${mismatch}). ` +
        'Native Module lassen sich nicht cross-kompilieren: auf dem Zielsystem paketieren / package on the target OS.',
    );
  }
  throw new Error(`better_sqlite3.node ist veraltet / is stale (${mismatch}): npm run native:electron`);
};
