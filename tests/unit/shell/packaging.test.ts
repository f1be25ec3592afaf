import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkPackagingIdentity, maintainerProblem, validateBuilderConfig, validateWorkflows } from '../../../scripts/lib/packaging.mjs';

/** The packaging checks `npm run lint` and every `npm run package:*` run first (no Electron binary needed). */
const projectRoot = join(__dirname, '..', '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'fallbuch-packaging-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the files the checks read, to break one at a time. */
function copyOfProject(name: string): string {
  const root = join(scratch, name);
  mkdirSync(join(root, 'src', 'main', 'shell'), { recursive: true });
  mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
  for (const file of [
    'package.json',
    'electron-builder.yml',
    'electron-builder.smoke.yml',
    'src/main/shell/profile.ts',
    '.github/workflows/package.yml',
  ]) {
    cpSync(join(projectRoot, file), join(root, file));
  }
  return root;
}

describe('the repository as it is', () => {
  test('productName and appId agree everywhere, the workflows and both builder configurations are valid', async () => {
    expect(checkPackagingIdentity(projectRoot)).toEqual([]);
    expect(validateWorkflows(projectRoot)).toEqual([]);
    expect(await validateBuilderConfig(projectRoot, 'electron-builder.yml')).toBeNull();
    expect(await validateBuilderConfig(projectRoot, 'electron-builder.smoke.yml')).toBeNull();
  });
});

describe('what the checks catch', () => {
  test('an appId that is not the AppUserModelId, a productName that differs', () => {
    const root = copyOfProject('identity');
    const builder = join(root, 'electron-builder.yml');
    writeFileSync(builder, readFileSync(builder, 'utf8').replace('appId: de.fallbuch.app', 'appId: de.fallbuch.desktop'));
    const manifest = join(root, 'package.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"productName": "Fallbuch"', '"productName": "fallbuch"'));
    expect(checkPackagingIdentity(root)).toEqual([
      'package.json productName "fallbuch" ≠ "Fallbuch"',
      'electron-builder.yml appId "de.fallbuch.desktop" ≠ AppUserModelId "de.fallbuch.app"',
    ]);
  });

  test('a workflow with a misspelt key or a broken step is reported with its file', () => {
    const root = copyOfProject('workflow');
    const workflow = join(root, '.github', 'workflows', 'package.yml');
    writeFileSync(workflow, readFileSync(workflow, 'utf8').replace('runs-on:', 'run-on:'));
    writeFileSync(
      join(root, '.github', 'workflows', 'other.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: 7\n',
    );
    const problems = validateWorkflows(root);
    expect(problems.some((problem) => problem.startsWith('.github/workflows/package.yml:') && problem.includes("'run-on'"))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('.github/workflows/other.yml:'))).toBe(true);
  });

  test('an electron-builder option that does not exist', async () => {
    const root = copyOfProject('builder');
    const builder = join(root, 'electron-builder.yml');
    writeFileSync(builder, readFileSync(builder, 'utf8').replace('  perMachine: true', '  perMachine: true\n  perMaschine: true'));
    expect(await validateBuilderConfig(root, 'electron-builder.yml')).toMatch(/configuration\.msi/);
  });

  test.each([
    [undefined, /fehlt/],
    ['Fallbuch', /Form/],
    ['Fallbuch <fallbuch@example.org>', /Platzhalter/],
    ['IT <root@localhost>', /Form|Platzhalter/],
  ])('maintainer %s is refused', (value, message) => {
    expect(maintainerProblem(value)).toMatch(message);
  });

  test('a real maintainer passes', () => {
    expect(maintainerProblem('Stadt Leverkusen, IT <fallbuch@stadt.leverkusen.de>')).toBeNull();
  });
});
