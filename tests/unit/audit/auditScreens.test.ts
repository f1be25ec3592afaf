// The workstation's zone for this file (each test file runs in its own process): the screen's times are local.
process.env.TZ = 'Europe/Berlin';

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '@shared/i18n';
import type { VerifyReport } from '@shared/audit/domain';
import {
  actionLabel,
  describeReport,
  erasureReasonKey,
  filterAt,
  findingMessage,
  viewScope,
} from '../../../src/renderer/src/audit/formatAudit';
import { reasonFormSchema, toAccessReason } from '../../../src/renderer/src/cases/access/reasonForm';

/** The words of the supervisor's screens (issue 4): action labels, verification results, the reason form. */

const MAIN_DIR = path.resolve(__dirname, '../../../src/main');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Every action name the core writes into the log: string literals on the lines that log. */
function loggedActions(): string[] {
  const actions = new Set<string>();
  for (const file of sourceFiles(MAIN_DIR)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!/\.record\(|appendAccessLog\(|action: '/.test(line) || line.includes("action: 'deny'")) continue;
      for (const match of line.matchAll(/'([a-z]+(?:\.[a-zA-Z]+)*)'/g)) {
        const name = match[1] ?? '';
        if (name.includes('.') || name === 'search') actions.add(name);
      }
      // `case.deadline.${state}`: the states a deadline is resolved to.
      if (line.includes('case.deadline.${state}')) ['case.deadline.done', 'case.deadline.dismissed'].forEach((name) => actions.add(name));
    }
  }
  return [...actions].sort();
}

const REPORT: VerifyReport = {
  intact: true,
  entries: 12345,
  firstSeq: 1,
  lastSeq: 12345,
  archivedUpTo: null,
  findings: [],
  checkpoint: null,
  verifiedAt: '2026-11-21T09:00:00.000Z',
};

describe('log view words', () => {
  it('has a German and an English label for every action the core logs', () => {
    const actions = loggedActions();
    expect(actions).toContain('case.view');
    expect(actions).toContain('vault.unlock');
    const unlabelled = actions.filter((action) => actionLabel(action).key === 'auditUi.action.unknown');
    expect(unlabelled).toEqual([]);
    for (const action of actions) {
      const label = actionLabel(action);
      expect(translate('de', label.key)).not.toBe(translate('de', 'validation.invalid'));
      expect(translate('en', label.key)).not.toBe(translate('en', 'validation.invalid'));
    }
  });

  it('shows an action from a newer core by its code rather than hiding it', () => {
    const label = actionLabel('future.thing');
    expect(translate('de', label.key, label.params)).toBe('Aktion „future.thing“');
  });

  it('says an intact log in one sentence: when, how many, up to which entry (German thousands separator)', () => {
    const words = describeReport({ ...REPORT, firstSeq: 3, lastSeq: 12347 }, 'de');
    expect(words.isIntact).toBe(true);
    expect(translate('de', words.headline.key, words.headline.params)).toBe(
      'Protokoll geprüft am 21.11.2026 10:00:00: 12.345 Einträge bis Eintrag Nr. 12.347, unverändert.',
    );
    const english = describeReport(REPORT, 'en');
    expect(translate('en', english.headline.key, english.headline.params)).toBe(
      'Log verified on 21/11/2026 10:00:00: 12,345 entries up to entry no. 12,345, unchanged.',
    );
    expect(words.findings).toEqual([]);
  });

  it('names exactly which entries were changed, removed, reordered or cut off', () => {
    const text = (kind: VerifyReport['findings'][number]['kind'], fromSeq: number, toSeq: number, otherSeq: number | null = null) => {
      const message = findingMessage({ kind, fromSeq, toSeq, otherSeq });
      return translate('de', message.key, message.params);
    };
    expect(text('changed', 17, 17)).toBe('Eintrag 17 wurde verändert.');
    expect(text('changed', 17, 19)).toBe('Einträge 17 bis 19 wurden verändert.');
    expect(text('removed', 40, 40)).toBe('Eintrag 40 wurde entfernt.');
    expect(text('reordered', 8, 8, 9)).toBe('Eintrag 8 steht an falscher Stelle (gehört an Position 9).');
    expect(text('truncated', 101, 120)).toBe('Das Ende des Protokolls wurde abgeschnitten: Einträge 101 bis 120 fehlen.');

    const tampered = describeReport(
      { ...REPORT, intact: false, findings: [{ kind: 'removed', fromSeq: 5, toSeq: 6, otherSeq: null }] },
      'de',
    );
    expect(translate('de', tampered.headline.key, tampered.headline.params)).toBe(
      'Protokoll geprüft am 21.11.2026 10:00:00: 12.345 Einträge bis Eintrag Nr. 12.345 – Veränderungen gefunden.',
    );
    expect(tampered.findings.map((message) => translate('de', message.key, message.params))).toEqual(['Einträge 5 bis 6 wurden entfernt.']);
  });

  it('reports the checkpoint compared against and warns about an unknown signer', () => {
    const words = describeReport(
      {
        ...REPORT,
        checkpoint: { vaultId: 'v', seq: 300, at: '2026-11-20T08:00:00.000Z', supervisorName: 'Petra Leitner', isKnownSigner: false },
      },
      'de',
    );
    const notes = words.notes.map((note) => translate('de', note.key, note.params));
    expect(notes[0]).toContain('(Eintrag 300, Petra Leitner)');
    expect(notes[1]).toBe('Achtung: Der Prüfpunkt wurde nicht mit einem Leitungsschlüssel dieses Tresors signiert.');
  });
});

describe('what the table counts (issue 10, defect 5)', () => {
  const view = { upToSeq: 64, asOf: '2026-11-21T09:05:00.000Z' };
  const text = (message: ReturnType<typeof viewScope>) => (message ? translate('de', message.key, message.params) : null);

  it('names the entry the table counts up to and when it was read', () => {
    expect(text(viewScope(view, null, 'de'))).toBe('Stand: bis Eintrag Nr. 64, gelesen am 21.11.2026 10:05:00.');
    expect(text(viewScope({ upToSeq: null, asOf: view.asOf }, null, 'de'))).toBeNull();
    expect(text(viewScope(null, null, 'de'))).toBeNull();
  });

  it('says „geprüft am“ only when the table shows exactly the checked state', () => {
    const checked = { upToSeq: 64, at: '2026-11-21T09:04:30.000Z' };
    expect(text(viewScope(view, checked, 'de'))).toBe('Stand der Prüfung: bis Eintrag Nr. 64, geprüft am 21.11.2026 10:04:30.');
    // A view of another moment (the table still loading the checked state, or reloaded since) does not claim the check.
    expect(text(viewScope({ ...view, upToSeq: 66 }, checked, 'de'))).toBe('Stand: bis Eintrag Nr. 66, gelesen am 21.11.2026 10:05:00.');
  });

  it('asks every block and the export for the entries up to the same number, keeping the filter', () => {
    expect(filterAt({ caseCode: 'LEV-2026-0001' }, 64)).toEqual({ caseCode: 'LEV-2026-0001', upToSeq: 64 });
    expect(filterAt({ caseCode: 'LEV-2026-0001', upToSeq: 10 }, 64)).toEqual({ caseCode: 'LEV-2026-0001', upToSeq: 64 });
    expect(filterAt({ action: 'case.view' }, null)).toEqual({ action: 'case.view' });
  });
});

describe('erasure reasons in the log view', () => {
  it('shows the words of a logged erasure reason, never its code', () => {
    const key = erasureReasonKey('dataSubjectRequest');
    expect(key).toBe('erasure.reason.dataSubjectRequest');
    expect(translate('de', key ?? 'validation.invalid')).toBe('Antrag der Person (Art. 17 DSGVO)');
    expect(erasureReasonKey('Vertretung im Urlaub')).toBeNull();
    expect(erasureReasonKey(null)).toBeNull();
  });
});

describe('break-the-glass reason form', () => {
  it('refuses an empty reason with a German message', () => {
    const result = reasonFormSchema.safeParse({ kind: null, text: '' });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => candidate.path[0] === 'kind');
    expect(translate('de', issue?.message ?? '')).toBe('Bitte geben Sie einen Grund an.');
  });

  it('requires a text for "Sonstiges" only', () => {
    const other = reasonFormSchema.safeParse({ kind: 'other', text: '   ' });
    expect(other.success).toBe(false);
    expect(other.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['text', 'validation.reasonTextRequired']]);

    const substitution = reasonFormSchema.parse({ kind: 'substitution', text: '' });
    expect(toAccessReason(substitution)).toEqual({ kind: 'substitution' });
    const withText = reasonFormSchema.parse({ kind: 'other', text: ' Rückfrage Jobcenter ' });
    expect(toAccessReason(withText)).toEqual({ kind: 'other', text: 'Rückfrage Jobcenter' });
  });
});
