// Checks of the packaging configuration that need no Electron binary: they run in `npm run lint`
// (scripts/lint-packaging.mjs), as the first step of every `npm run package:*`, and in unit tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// The tools come from this repository's node_modules, whichever project folder is checked.
const require = createRequire(import.meta.url);

/** A top-level `key: value` of a YAML file (the few keys we compare are plain scalars). */
function topLevelScalar(text, key) {
  return new RegExp(`^${key}:\\s*(.+?)\\s*$`, 'm').exec(text)?.[1]?.replace(/^["']|["']$/g, '') ?? null;
}

function constantOf(text, name) {
  return new RegExp(`export const ${name} = '([^']*)'`).exec(text)?.[1] ?? null;
}

/**
 * productName and appId must be the same in package.json, electron-builder.yml and the shell
 * (src/main/shell/profile.ts): the product name names the profile folder and the single-instance
 * lock, and the installer writes appId as the shortcuts' AppUserModelId, which the running app sets.
 * @returns {string[]} what does not agree (empty when everything does)
 */
export function checkPackagingIdentity(root) {
  const problems = [];
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const builder = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
  const profile = readFileSync(path.join(root, 'src', 'main', 'shell', 'profile.ts'), 'utf8');
  const productName = constantOf(profile, 'PRODUCT_NAME');
  const appUserModelId = constantOf(profile, 'APP_USER_MODEL_ID');
  if (!productName || !appUserModelId) problems.push('src/main/shell/profile.ts: PRODUCT_NAME / APP_USER_MODEL_ID nicht gefunden');
  if (manifest.productName !== productName) problems.push(`package.json productName "${manifest.productName}" ≠ "${productName}"`);
  if (topLevelScalar(builder, 'productName') !== productName) {
    problems.push(`electron-builder.yml productName "${topLevelScalar(builder, 'productName')}" ≠ "${productName}"`);
  }
  if (topLevelScalar(builder, 'appId') !== appUserModelId) {
    problems.push(`electron-builder.yml appId "${topLevelScalar(builder, 'appId')}" ≠ AppUserModelId "${appUserModelId}"`);
  }
  return problems;
}

/** "Name <address>" with a real-looking address: the .deb's Maintainer field. */
export function maintainerProblem(value) {
  if (!value) return 'FALLBUCH_MAINTAINER fehlt / is not set ("Name <adresse@dienststelle.de>")';
  if (!/^[^<>]+ <[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+>$/.test(value)) return `FALLBUCH_MAINTAINER hat nicht die Form "Name <adresse>": ${value}`;
  if (/@(?:[^>]*\.)?(?:example\.(?:org|com|net)|localhost)>$/i.test(value))
    return `FALLBUCH_MAINTAINER ist ein Platzhalter / a placeholder: ${value}`;
  return null;
}

/** Every workflow in .github/workflows against the GitHub Actions schema (@action-validator/core). */
export function validateWorkflows(root) {
  const { validateWorkflow } = require('@action-validator/core');
  const folder = path.join(root, '.github', 'workflows');
  if (!existsSync(folder)) return [];
  const problems = [];
  for (const name of readdirSync(folder)
    .filter((entry) => /\.ya?ml$/.test(entry))
    .sort()) {
    const state = validateWorkflow(readFileSync(path.join(folder, name), 'utf8'));
    for (const error of state.errors) problems.push(`.github/workflows/${name}: ${describe(error)}`);
  }
  return problems;
}

function describe(error) {
  const nested = (error.states ?? []).flatMap((state) => state.errors.map((inner) => inner.detail ?? inner.title));
  const where = error.path ?? (error.location ? `line ${error.location.line}` : '');
  return [where, error.detail ?? error.title, nested.length > 0 ? `(${[...new Set(nested)].join('; ')})` : ''].filter(Boolean).join(' ');
}

/** electron-builder's own validation of a configuration file (unknown keys, wrong types). */
export async function validateBuilderConfig(root, file) {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
  const { DebugLogger } = require('builder-util');
  try {
    await validateConfiguration(await getConfig(root, file, null), new DebugLogger(false));
    return null;
  } catch (error) {
    return `${file}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
