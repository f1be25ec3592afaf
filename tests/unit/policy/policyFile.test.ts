import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadMachinePolicy, machinePolicyPath, parseMachinePolicy, policyProblemMessage } from '../../../src/main/policy';
import { NO_POLICY, type PolicyProblem } from '../../../src/shared/policy/domain';

const FILE = 'C:\\ProgramData\\Fallbuch\\policy.json';
const folder = mkdtempSync(join(tmpdir(), 'fallbuch-policy-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function problemOf(text: string): PolicyProblem {
  const result = parseMachinePolicy(text, FILE);
  if (result.ok) throw new Error(`expected a problem for ${text}`);
  return result.problem;
}

const FULL = {
  version: 1,
  vault: { allowedRoots: ['D:\\Fallbuch'], allowNetwork: false },
  backupFolder: '\\\\server\\sicherung\\fallbuch',
  autoLockMaxMinutes: 10,
  minPassphraseLength: 16,
  exportFolders: ['D:\\Exporte', 'H:\\'],
  allowImport: false,
  allowCombine: true,
  letterhead: {
    organisation: 'Stadt Leverkusen – Kommunales Integrationszentrum',
    addressLines: ['Friedrich-Ebert-Platz 1', '51373 Leverkusen'],
    contact: 'Telefon 0214 406-0',
    signatureBlock: 'Im Auftrag',
  },
  caseCodePrefix: 'LEV',
};

describe('the policy file', () => {
  test('a complete file is read as written; where IT puts it per platform', () => {
    expect(parseMachinePolicy(JSON.stringify(FULL), FILE)).toEqual({ ok: true, policy: FULL, file: FILE });
    expect(parseMachinePolicy('{ "version": 1 }', FILE)).toEqual({ ok: true, policy: { version: 1 }, file: FILE });
    expect(machinePolicyPath('win32', { ProgramData: 'C:\\ProgramData' })).toBe('C:\\ProgramData\\Fallbuch\\policy.json');
    expect(machinePolicyPath('win32', { ProgramData: 'E:\\Daten' })).toBe('E:\\Daten\\Fallbuch\\policy.json');
    expect(machinePolicyPath('win32', {})).toBe('C:\\ProgramData\\Fallbuch\\policy.json');
    expect(machinePolicyPath('linux', { ProgramData: '/tmp' })).toBe('/etc/fallbuch/policy.json');
  });

  test('no file means no policy; Notepad encodings (UTF-8 with BOM, UTF-16) are read', () => {
    expect(loadMachinePolicy(join(folder, 'fehlt.json'))).toEqual({ ok: true, policy: NO_POLICY, file: null });
    const bom = join(folder, 'bom.json');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"version":1,"allowImport":false}')]));
    expect(loadMachinePolicy(bom)).toEqual({ ok: true, policy: { version: 1, allowImport: false }, file: bom });
    const utf16 = join(folder, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"version":1,"caseCodePrefix":"KÖL"}', 'utf16le')]));
    expect(loadMachinePolicy(utf16)).toMatchObject({ ok: false, problem: { field: 'caseCodePrefix' } });
  });

  test('a file that exists but cannot be read stops the start too', () => {
    const directory = join(folder, 'ordner.json');
    mkdirSync(directory);
    expect(loadMachinePolicy(directory)).toEqual({
      ok: false,
      problem: { file: directory, field: null, messageKey: 'policy.problem.unreadable', params: { code: 'EISDIR' } },
    });
  });

  test.each([
    ['{ "version": 1, "autoLockMaxMinutes": 10, }', null, 'policy.problem.json', { line: 1, column: 43 }],
    ['{\n  "version": 1,\n  "autoLockMaxMinutes": 10,\n}', null, 'policy.problem.json', { line: 4, column: 1 }],
    ['', null, 'policy.problem.jsonNoPosition', {}],
    ['[1]', null, 'policy.problem.notObject', {}],
    ['{}', 'version', 'policy.problem.missing', {}],
    ['{ "version": 2 }', 'version', 'policy.problem.value', { values: '1' }],
    ['{ "version": 1, "autolockMaxMinutes": 5 }', 'autolockMaxMinutes', 'policy.problem.unknown', {}],
    ['{ "version": 1, "vault": { "folder": "D:\\\\F", "netzwerk": true } }', 'vault.netzwerk', 'policy.problem.unknown', {}],
    [
      '{ "version": 1, "autoLockMaxMinutes": "10" }',
      'autoLockMaxMinutes',
      'policy.problem.type',
      { expected: 'policy.problem.type.number' },
    ],
    ['{ "version": 1, "allowImport": "nein" }', 'allowImport', 'policy.problem.type', { expected: 'policy.problem.type.boolean' }],
    [
      '{ "version": 1, "exportFolders": "D:\\\\Exporte" }',
      'exportFolders',
      'policy.problem.type',
      { expected: 'policy.problem.type.array' },
    ],
    ['{ "version": 1, "autoLockMaxMinutes": 7.5 }', 'autoLockMaxMinutes', 'policy.problem.integer', {}],
    ['{ "version": 1, "autoLockMaxMinutes": 0 }', 'autoLockMaxMinutes', 'policy.problem.min', { minimum: 1 }],
    ['{ "version": 1, "autoLockMaxMinutes": 600 }', 'autoLockMaxMinutes', 'policy.problem.max', { maximum: 120 }],
    ['{ "version": 1, "minPassphraseLength": 8 }', 'minPassphraseLength', 'policy.problem.min', { minimum: 12 }],
    ['{ "version": 1, "exportFolders": [] }', 'exportFolders', 'policy.problem.emptyList', {}],
    ['{ "version": 1, "exportFolders": ["Exporte"] }', 'exportFolders.0', 'policy.problem.notAbsolute', {}],
    ['{ "version": 1, "backupFolder": "" }', 'backupFolder', 'policy.problem.empty', {}],
    ['{ "version": 1, "caseCodePrefix": "lev" }', 'caseCodePrefix', 'policy.problem.caseCodePrefix', {}],
    ['{ "version": 1, "letterhead": {} }', 'letterhead.organisation', 'policy.problem.missing', {}],
    ['{ "version": 1, "vault": { "folder": "D:\\\\F", "allowedRoots": ["D:\\\\"] } }', 'vault', 'policy.problem.folderAndRoots', {}],
  ])('%s → field %s: %s', (text, field, messageKey, params) => {
    const found = problemOf(text);
    expect(found).toMatchObject({ file: FILE, field, messageKey });
    expect(found.params).toMatchObject(params);
  });

  test('a syntax error V8 reports without a position still names the file', () => {
    const found = problemOf('{\n  "version": 1,\n  "allowImport": nein\n}');
    expect(found.field).toBeNull();
    expect(['policy.problem.json', 'policy.problem.jsonNoPosition']).toContain(found.messageKey);
  });

  test('the unknown-field message lists the fields that exist there', () => {
    expect(problemOf('{ "version": 1, "vault": { "ordner": "D:\\\\F" } }').params).toEqual({ known: 'folder, allowedRoots, allowNetwork' });
  });

  test('the start-up message names the file and the field in German', () => {
    const message = policyProblemMessage('de', problemOf('{ "version": 1, "autoLockMaxMinutes": "10" }'));
    expect(message).toBe(
      [
        'Die Richtlinie Ihrer Organisation ist fehlerhaft, deshalb startet Fallbuch nicht. Es wurde nichts verändert.',
        '',
        'Datei: C:\\ProgramData\\Fallbuch\\policy.json',
        'Feld „autoLockMaxMinutes“: Erwartet wird eine Zahl.',
        '',
        'Bitte wenden Sie sich an Ihre IT-Betreuung.',
      ].join('\n'),
    );
    expect(policyProblemMessage('de', problemOf('{ "version": 1, }'))).toContain('Die Datei ist kein gültiges JSON (Zeile 1, Spalte 17).');
    expect(policyProblemMessage('en', problemOf('{ "version": 1, "x": 1 }'))).toContain('Field “x”: Fallbuch does not know this field');
  });
});
