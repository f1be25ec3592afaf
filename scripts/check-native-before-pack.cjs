// electron-builder `beforePack` hook: refuses to package when the shipped Electron-ABI SQLite
// binding (build/electron-native/better_sqlite3.node) was built for another platform, CPU or
// Electron version. node-gyp cannot cross-compile, so e.g. `package:win` on Linux would otherwise
// ship a Linux binary and produce an app that cannot open any vault.
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

module.exports = async function beforePack(context) {
  const root = path.resolve(__dirname, '..');
  const stampFile = path.join(root, 'build', 'electron-native', 'better_sqlite3.json');
  const binding = path.join(root, 'build', 'electron-native', 'better_sqlite3.node');
  if (!existsSync(stampFile) || !existsSync(binding)) {
    throw new Error('build/electron-native/better_sqlite3.node fehlt / is missing: npm run native:electron');
  }
  const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const platform = context.electronPlatformName;
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  if (stamp.platform !== platform || stamp.arch !== arch) {
    throw new Error(
      `better_sqlite3.node ist für / is built for ${stamp.platform}-${stamp.arch}, das Paket für / the package targets ${platform}-${arch}. ` +
        'Native Module lassen sich nicht cross-kompilieren: auf dem Zielsystem paketieren / package on the target OS.',
    );
  }
  if (stamp.electronVersion !== electronVersion) {
    throw new Error(
      `better_sqlite3.node ist für Electron ${stamp.electronVersion}, installiert ist ${electronVersion}: npm run native:electron`,
    );
  }
};
