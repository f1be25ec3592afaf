import type { Language } from '@shared/kernel/language';
import { isMessageKey, translate } from '@shared/i18n';
import { formatIsoDate, todayIn } from '@shared/kernel/dates';
import { AppError } from '../kernel/errors';
import type { CorePorts } from '../kernel/ports';
import type { VaultDatabase } from '../kernel/db/database';
import { writeExportFile, type WrittenFile } from '../kernel/files';
import type { Session } from '../session/session';
import { personTables, readCaseLogEntries, readImportLinks, readPartnerName, readPerson, readPersonRows } from './repository';
import { HIDDEN, OMITTED_TABLES, SECTIONS, historyValue, label, rowText, snake } from './disclosureWords';
import type { AppConfigStore } from '../kernel/config';
import { readProcessingRecordSettings, readRetentionRules } from '../settings';
import { renderTextPdf, type Block } from '../kernel/pdf';
import { writeDisclosedDocuments, type DisclosedDocument } from '../documents';
import { actionWords, loggedTime } from '../audit';
import { SYSTEM_ACTOR_KEY, itemWordsKey } from '@shared/audit/words';

type Row = Record<string, unknown>;

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

/** The partner a referral went to and a release names, by name: who received what is the person's to know. */
function withPartnerNames(db: VaultDatabase, row: Row): Row {
  const named: Row = { ...row };
  if (typeof row.partner_id === 'string') named.partner = readPartnerName(db, row.partner_id);
  if (typeof row.recipient_partner_id === 'string') named.recipient_partner = readPartnerName(db, row.recipient_partner_id);
  return named;
}

function visible(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !HIDDEN.has(column)));
}

/** Everything the vault holds about one person, read in the caller's transaction. */
export function collectDisclosure(db: VaultDatabase, caseId: string, createdAt: string): DisclosureData {
  const person = readPerson(db, caseId);
  const code = String(person.code);
  const tables: Record<string, Row[]> = {};
  // Documents are listed from their own section (with the name of the file written next to the PDF);
  // the derived tables (OMITTED_TABLES) repeat rows listed in full elsewhere.
  for (const table of personTables(db)) {
    if (table === 'documents' || OMITTED_TABLES.has(table)) continue;
    // An import link with the day of its batch (the batch itself belongs to no single person).
    const rows = table === 'import_batch_cases' ? readImportLinks(db, caseId) : readPersonRows(db, table, caseId);
    tables[table] = rows.map((row) => visible(withPartnerNames(db, row)));
  }
  const accessLog = readCaseLogEntries(db, code);
  return { format: 'fallbuch-auskunft', version: 1, createdAt, caseCode: code, person: visible(person), tables, accessLog };
}

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
  const date = formatIsoDate(todayIn(new Date(data.createdAt)), language);
  const zone = context.timeZone;
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
  for (const text of rowText(language, zone, 'cases', data.person)) blocks.push({ kind: 'paragraph', text });
  const ordered = [
    ...Object.keys(SECTIONS).filter((table) => table in data.tables),
    ...Object.keys(data.tables).filter((table) => !(table in SECTIONS) && table !== 'field_history'),
  ];
  for (const table of ordered) {
    const sectionKey = SECTIONS[table];
    blocks.push({ kind: 'heading', text: sectionKey ? t(sectionKey) : table });
    const rows = data.tables[table] ?? [];
    if (rows.length === 0) blocks.push({ kind: 'paragraph', text: t('disclosure.none') });
    for (const row of rows) blocks.push({ kind: 'paragraph', text: rowText(language, zone, table, row).join(' · ') });
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
        date: document.date ? formatIsoDate(document.date, language) : '–',
        size: Math.max(1, Math.round(document.byteLength / 1024)),
        note: document.note || '–',
      }),
    });
    const changes = [
      ...(document.metadataRemoved ? [t('documents.metadataRemoved')] : []),
      ...(document.convertedFrom ? [t('documents.convertedFrom', { format: document.convertedFrom })] : []),
    ];
    blocks.push({ kind: 'small', text: [...changes, `SHA-256 ${document.sha256}`].join(' · ') });
  }
  blocks.push({ kind: 'heading', text: t('disclosure.section.history') });
  const history = data.tables.field_history ?? [];
  if (history.length === 0) blocks.push({ kind: 'paragraph', text: t('disclosure.none') });
  for (const row of history) {
    const table = String(row.table_name);
    const tableKey = `history.table.${table}`;
    const field = String(row.field);
    blocks.push({
      kind: 'paragraph',
      text: t('disclosure.historyLine', {
        at: loggedTime(String(row.at), language, zone),
        user: String(row.user_name ?? '–'),
        table: isMessageKey(tableKey) ? t(tableKey) : table,
        field: label(language, table, snake(field)),
        old: historyValue(language, zone, table, snake(field), row.old_value),
        new: historyValue(language, zone, table, snake(field), row.new_value),
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
