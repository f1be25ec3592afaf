import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The folder rules are only worth something if lint fails on a wrong-way import. These snippets are
 * linted as if they stood at the given path of the repository (nothing is written to disk).
 */
const ROOT = path.resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function ruleIdsFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint enforces the folders of ARCHITECTURE.md §7', () => {
  it('the kernel must not import a feature', async () => {
    const ids = await ruleIdsFor(
      'src/main/kernel/example.ts',
      "import { createCaseHandlers } from '../cases';\nexport const x = createCaseHandlers;\n",
    );
    expect(ids).toContain('fallbuch/boundaries');
  });

  it('the session must not import a feature', async () => {
    const ids = await ruleIdsFor(
      'src/main/session/example.ts',
      "import { listJournal } from '../journal';\nexport const x = listJournal;\n",
    );
    expect(ids).toContain('fallbuch/boundaries');
  });

  it('a feature reaches another feature only through its index.ts', async () => {
    const deep = await ruleIdsFor(
      'src/main/journal/example.ts',
      "import { listCases } from '../cases/service';\nexport const x = listCases;\n",
    );
    expect(deep).toContain('fallbuch/boundaries');
    const throughIndex = await ruleIdsFor(
      'src/main/journal/example.ts',
      "import { caseAccessRule } from '../cases';\nexport const x = caseAccessRule;\n",
    );
    expect(throughIndex).not.toContain('fallbuch/boundaries');
  });

  it('nothing below the assembly imports it (shared contract, renderer app, core app)', async () => {
    const shared = await ruleIdsFor(
      'src/shared/cases/example.ts',
      "import { contract } from '../contract/contract';\nexport const x = contract;\n",
    );
    expect(shared).toContain('fallbuch/boundaries');
    const core = await ruleIdsFor(
      'src/main/cases/example.ts',
      "import { createCore } from '../app/createCore';\nexport const x = createCore;\n",
    );
    expect(core).toContain('fallbuch/boundaries');
  });

  it('only the shell imports electron', async () => {
    const ids = await ruleIdsFor('src/main/cases/example.ts', "import { app } from 'electron';\nexport const x = app;\n");
    expect(ids).toContain('no-restricted-imports');
  });

  it('a source file over 400 lines is refused', async () => {
    const code = Array.from({ length: 401 }, (_unused, index) => `export const line${index} = ${index};`).join('\n');
    expect(await ruleIdsFor('src/main/cases/example.ts', `${code}\n`)).toContain('max-lines');
  });
});
