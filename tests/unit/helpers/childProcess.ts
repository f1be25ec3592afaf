import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * A second Fallbuch process for tests that need one (crash safety, the vault lock): the child
 * script is bundled once, then started with plain node as often as needed (the child itself builds
 * its core with childCore.ts, which must not pull esbuild into the bundle).
 */
export const NODE_MODULES = join(__dirname, '..', '..', '..', 'node_modules');

/** Bundles `tests/unit/helpers/<name>.ts` into `<folder>/<name>.cjs` and returns its path. */
export async function bundleChildScript(name: string, folder: string): Promise<string> {
  const outfile = join(folder, `${name}.cjs`);
  await build({
    entryPoints: [join(__dirname, `${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    // Loaded only when a document is taken in; bundling them would make every start parse megabytes.
    external: ['better-sqlite3-multiple-ciphers', 'argon2', 'sharp', 'heic-decode', 'file-type'],
    nodePaths: [NODE_MODULES],
    logLevel: 'silent',
  });
  return outfile;
}
