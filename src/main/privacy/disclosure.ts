import type { Language } from '@shared/kernel/language';
import { isMessageKey, translate } from '@shared/i18n';
import { AppError } from '../kernel/errors';
import type { CorePorts } from '../kernel/ports';
import type { VaultDatabase } from '../kernel/db/database';
import { writeExportFile, type WrittenFile } from '../kernel/files';
import type { Session } from '../session/session';
import { personTables, readCaseLogEntries, readPerson, readPersonRows } from './repository';
import type { AppConfigStore } from '../kernel/config';
import { readProcessingRecordSettings, readRetentionRules } from '../settings';
import { renderTextPdf, type Block } from '../kernel/pdf';
import { writeDisclosedDocuments, type DisclosedDocument } from '../documents';
import { actionWords, loggedTime } from '../audit';
import { SYSTEM_ACTOR_KEY, itemWordsKey } from '@shared/audit/words';

type Row = Record<string, unknown>;

/** Columns that are internal plumbing, not information about the person. */
const HIDDEN = new Set([
  'case_id',
  'record_key',
  'counsellor_id',
  'author_id',
  'created_by',
  'user_id',
  'source_key',
  'partner_id',
  'recipient_partner_id',
  'added_by',
  'chunk_size',
  'link_id',
]);

/** Column → vocabulary list, to print labels instead of codes. */
const VOCABULARY_OF: Record<string, string> = {
  gender: 'gender',
  housing: 'housingType',
  benefits: 'benefit',
  german_level: 'germanLevel',
  programme: 'programme',
  access_route: 'accessRoute',
  phase: 'phase',
  status: 'residenceStatus',
  work_permission: 'workPermissionNote',
  residence_obligation: 'residenceObligation',
  identity_clarified: 'identityClarified',
  field: 'fieldOfAction',
  priority: 'priority',
  result: 'referralResult',
  reason: 'closureReason',
  whereabouts: 'whereabouts',
  offer_kind: 'offerKind',
  state: 'deadlineState',
};
const KIND_VOCABULARY: Record<string, string> = {
  journal_entries: 'contactKind',
  deadlines: 'deadlineKind',
  structural_notes: 'structuralNoteKind',
};

export interface DisclosureData {
  /** Only in an Auskunft from a training vault (issue 10): the file says it holds invented data. */
  training?: string;
  format: 'fallbuch-auskunft';
  version: 1;
  createdAt: string;
  caseCode: string;
  person: Row;
  tables: Record<string, Row[]>;
  accessLog: Row[];
  /** The person's documents: written as files into `documentsFolder` next to this file, listed here. */
  documentsFolder?: string;
  documents?: DisclosedDocument[];
}

function visible(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !HIDDEN.has(column)));
}

/** Everything the vault holds about one person, read in the caller's transaction. */
export function collectDisclosure(db: VaultDatabase, caseId: string, createdAt: string): DisclosureData {
  const person = readPerson(db, caseId);
  const code = String(person.code);
  const tables: Record<string, Row[]> = {};
  // Documents are listed from their own section (with the name of the file written next to the PDF).
  for (const table of personTables(db)) if (table !== 'documents') tables[table] = readPersonRows(db, table, caseId).map(visible);
  const accessLog = readCaseLogEntries(db, code);
  return { format: 'fallbuch-auskunft', version: 1, createdAt, caseCode: code, person: visible(person), tables, accessLog };
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

function label(language: Language, table: string, column: string): string {
  const candidates = [`disclosure.column.${column}`, `caseForm.${camel(column)}`, `consent.field.${camel(column)}`];
  const key = candidates.find(isMessageKey);
  return key ? translate(language, key) : camel(column);
}

function valueText(language: Language, table: string, column: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return translate(language, 'disclosure.empty');
  if (typeof value === 'string') {
    const vocabulary = column === 'kind' ? KIND_VOCABULARY[table] : VOCABULARY_OF[column];
    const keys = [vocabulary ? `vocab.${vocabulary}.${value}` : '', table === 'consents' ? `consent.${column}.${value}` : ''];
    const key = keys.find((candidate) => candidate !== '' && isMessageKey(candidate));
    if (key) return translate(language, key);
    if (value.startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(value);
        if (Array.isArray(parsed)) return parsed.length === 0 ? translate(language, 'disclosure.empty') : parsed.map(String).join(', ');
      } catch {
        return value;
      }
    }
    return value;
  }
  return String(value);
}

const SECTIONS: Record<string, string> = {
  residence_statuses: 'disclosure.section.statuses',
  training_starts: 'disclosure.section.trainingStarts',
  deadlines: 'disclosure.section.deadlines',
  journal_entries: 'disclosure.section.journal',
  assessments: 'disclosure.section.assessments',
  goals: 'disclosure.section.goals',
  referrals: 'disclosure.section.referrals',
  closures: 'disclosure.section.closures',
  consents: 'disclosure.section.consents',
  papers: 'disclosure.section.papers',
};

const ROLE_KEY: Record<string, string> = { counsellor: 'role.counsellor', supervisor: 'role.supervisor' };

/**
 * One access in the words of the log screen (the person reads them, not the log's codes): when, who
 * in which role, what — and for a document the name it has in this Auskunft's folder (the log itself
 * names only its id; a document deleted since keeps the id).
 */
function accessLine(entry: Row, documents: readonly DisclosedDocument[], language: Language, timeZone: string): string {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, key, params);
  const item = typeof entry.item === 'string' ? entry.item : null;
  const document = item === null ? undefined : documents.find((candidate) => candidate.id === item);
  const action = actionWords(String(entry.action), language);
  const what = document
    ? t('disclosure.accessDocument', { action, file: document.savedAs })
    : item === null
      ? action
      : `${action} · ${t(itemWordsKey(String(entry.action)), { item })}`;
  const role = typeof entry.role === 'string' && ROLE_KEY[entry.role] ? t(ROLE_KEY[entry.role] as string) : '–';
  return t('disclosure.accessLine', {
    at: loggedTime(String(entry.at), language, timeZone),
    user: typeof entry.user === 'string' ? entry.user : t(SYSTEM_ACTOR_KEY),
    role,
    action: what,
  });
}

export function disclosureBlocks(
  data: DisclosureData,
  language: Language,
  context: { controller: string; purposes: string[]; recipients: string[]; retention: string; timeZone: string },
): Block[] {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, key, params);
  const date = data.createdAt.slice(0, 10);
  const blocks: Block[] = [
    { kind: 'title', text: t('disclosure.title') },
    ...(data.training ? [{ kind: 'heading' as const, text: data.training }] : []),
    { kind: 'paragraph', text: t('disclosure.intro', { code: data.caseCode, date }) },
  ];
  if (context.controller) blocks.push({ kind: 'paragraph', text: t('disclosure.controller', { controller: context.controller }) });
  blocks.push(
    { kind: 'heading', text: t('disclosure.purposes') },
    ...context.purposes.map((text) => ({ kind: 'paragraph' as const, text: `– ${text}` })),
  );
  blocks.push(
    { kind: 'heading', text: t('disclosure.recipients') },
    ...context.recipients.map((text) => ({ kind: 'paragraph' as const, text: `– ${text}` })),
  );
  blocks.push({ kind: 'heading', text: t('disclosure.retention') }, { kind: 'paragraph', text: context.retention });
  blocks.push({ kind: 'paragraph', text: t('disclosure.source') }, { kind: 'paragraph', text: t('disclosure.rights') });

  blocks.push({ kind: 'heading', text: t('disclosure.section.person') });
  for (const [column, value] of Object.entries(data.person)) {
    blocks.push({ kind: 'paragraph', text: `${label(language, 'cases', column)}: ${valueText(language, 'cases', column, value)}` });
  }
  const ordered = [
    ...Object.keys(SECTIONS).filter((table) => table in data.tables),
    ...Object.keys(data.tables).filter((table) => !(table in SECTIONS) && table !== 'field_history'),
  ];
  for (const table of ordered) {
    const sectionKey = SECTIONS[table];
    blocks.push({ kind: 'heading', text: sectionKey ? t(sectionKey) : table });
    const rows = data.tables[table] ?? [];
    if (rows.length === 0) blocks.push({ kind: 'paragraph', text: t('disclosure.none') });
    for (const row of rows) {
      const parts = Object.entries(row)
        .filter(([column]) => column !== 'id')
        .map(([column, value]) => `${label(language, table, column)}: ${valueText(language, table, column, value)}`);
      blocks.push({ kind: 'paragraph', text: parts.join(' · ') });
    }
  }
  blocks.push({ kind: 'heading', text: t('disclosure.section.documents') });
  const documents = data.documents ?? [];
  if (documents.length === 0) blocks.push({ kind: 'paragraph', text: t('disclosure.none') });
  else blocks.push({ kind: 'paragraph', text: t('disclosure.documentsFolder', { folder: data.documentsFolder ?? '' }) });
  for (const document of documents) {
    blocks.push({
      kind: 'paragraph',
      text: t('disclosure.documentLine', {
        file: document.savedAs,
        kind: t(`documents.kind.${document.kind}`),
        date: document.date ?? '–',
        size: Math.max(1, Math.round(document.byteLength / 1024)),
        note: document.note || '–',
      }),
    });
    blocks.push({ kind: 'small', text: `SHA-256 ${document.sha256}` });
  }
  blocks.push({ kind: 'heading', text: t('disclosure.section.history') });
  const history = data.tables.field_history ?? [];
  if (history.length === 0) blocks.push({ kind: 'paragraph', text: t('disclosure.none') });
  for (const row of history) {
    const tableKey = `history.table.${String(row.table_name)}`;
    blocks.push({
      kind: 'paragraph',
      text: t('disclosure.historyLine', {
        at: String(row.at).slice(0, 16).replace('T', ' '),
        user: String(row.user_name ?? '–'),
        table: isMessageKey(tableKey) ? t(tableKey) : String(row.table_name),
        field: String(row.field),
        old: row.old_value === null ? '–' : String(row.old_value),
        new: row.new_value === null ? '–' : String(row.new_value),
      }),
    });
  }
  blocks.push({ kind: 'heading', text: t('disclosure.section.access') });
  if (data.accessLog.length === 0) blocks.push({ kind: 'paragraph', text: t('disclosure.none') });
  for (const entry of data.accessLog)
    blocks.push({ kind: 'small', text: accessLine(entry, data.documents ?? [], language, context.timeZone) });
  blocks.push({ kind: 'small', text: t('disclosure.created', { date }) });
  return blocks;
}

export function retentionSummary(language: Language, rules: ReturnType<typeof readRetentionRules>): string {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, key, params);
  const years = (value: number | null) => (value === null ? t('retention.ruleOff') : t('retention.years', { years: value }));
  return (['closedCases', 'dormantCases', 'structuralNotes'] as const)
    .map((category) => `${t(`retention.category.${category}`)}: ${years(rules[category])}`)
    .join('; ');
}

/** "Auskunft erstellen" (Art. 15): a readable PDF and a JSON file with the same content. */
export class DisclosureService {
  constructor(
    private readonly session: Session,
    private readonly ports: CorePorts,
    private readonly config: AppConfigStore,
  ) {}

  async create(
    caseId: string,
  ): Promise<{ cancelled: true } | { cancelled: false; pdf: WrittenFile; json: WrittenFile; documents: DisclosedDocument[] }> {
    const choose = this.ports.chooseSaveFile;
    if (!choose) throw new AppError('INTERNAL');
    const subject = this.session.requireCase(caseId);
    const code = subject.code;
    const today = this.session.today();
    const language = this.config.get().language;
    // From a training vault the file says so in its name (as the audit export does) and its content.
    const training = this.session.isTraining ? translate(language, 'training.fileMarker') : null;
    const prefix = training ? `${translate(language, 'training.fileNamePrefix')} ` : '';
    const path = await choose({ defaultName: `${prefix}Auskunft-${code}-${today}.pdf`, kind: 'pdf' });
    if (path === null) return { cancelled: true };
    const pdfPath = /\.pdf$/i.test(path) ? path : `${path}.pdf`;
    const jsonPath = pdfPath.replace(/\.pdf$/i, '.json');
    // The documents go into a folder next to the PDF, named after it; written during the read.
    const documentsFolder = pdfPath.replace(/\.pdf$/i, '-Dokumente');
    const { data, settings, rules } = this.session.transaction((db) => {
      this.session.record('case.disclosure.read', { case: subject });
      const collected = collectDisclosure(db, caseId, this.session.at());
      const documents = writeDisclosedDocuments(db, caseId, documentsFolder);
      return {
        data: {
          ...(training ? { training } : {}),
          ...collected,
          ...(documents.length > 0 ? { documentsFolder: documentsFolder.split(/[\\/]/).at(-1) ?? documentsFolder } : {}),
          documents,
        },
        settings: readProcessingRecordSettings(db),
        rules: readRetentionRules(db),
      };
    });
    const blocks = disclosureBlocks(data, language, {
      controller: settings.controller,
      purposes: settings.purposes,
      recipients: settings.recipients,
      retention: retentionSummary(language, rules),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    const pdfBytes = await renderTextPdf(blocks, {
      title: `${prefix}${translate(language, 'disclosure.title')} – ${code}`,
      pageLabel: (page, pages) => translate(language, 'disclosure.page', { page, pages }),
      language: language === 'de' ? 'de-DE' : 'en-GB',
    });
    const pdf = writeExportFile(pdfPath, pdfBytes);
    const json = writeExportFile(jsonPath, `${JSON.stringify(data, null, 2)}\n`);
    this.session.transaction(() => {
      this.session.record('case.disclosure.export', {
        case: subject,
        details: {
          pdf: { name: pdf.fileName, sha256: pdf.sha256 },
          json: { name: json.fileName, sha256: json.sha256 },
          ...((data.documents ?? []).length > 0 ? { documents: (data.documents ?? []).map((document) => document.sha256) } : {}),
        },
      });
    });
    return { cancelled: false, pdf, json, documents: data.documents ?? [] };
  }
}
