import { createHash, randomUUID } from 'node:crypto';
import { homedir } from 'node:os';
import { basename } from 'node:path';
import { todayIn } from '@shared/kernel/dates';
import { CATALOGUE_VERSION, TABLE_IDS, findTable } from '@shared/stats/catalogue';
import { combineDocuments, selectCombinable } from '@shared/stats/combine';
import { serialiseDocument, tableTitle } from '@shared/stats/document';
import { periodBounds, type Period } from '@shared/stats/period';
import {
  exportDocumentSchema,
  type ConsentRule,
  type CsvLayout,
  type ExportDocument,
  type ProfileInput,
  type StatsProfile,
} from '@shared/stats/schemas';
import type { HandlerOutput } from '../session/handlers';
import { AppError } from '../kernel/errors';
import type { CorePorts } from '../kernel/ports';
import type { VaultService } from '../vault';
import { computeStatistics, type ComputeResult } from './compute';
import { comparedFrom, quartersOf } from './differencing';
import * as repository from './repository';
import { commitStaged, fileBaseName, plannedFilesByLayout, readImportFile, renderFiles, stageAll } from './statsFiles';
import type { StagedFiles } from './stagedFiles';
import { AuditFailedError } from './suppression';

export const BUILT_IN_PROFILES: readonly StatsProfile[] = [
  { id: 'buendnis', name: 'Bündnis', method: 'ckm', k: 3, tables: [...TABLE_IDS], builtIn: true },
  { id: 'ministerium', name: 'Ministerium', method: 'suppression', k: 3, tables: [...TABLE_IDS], builtIn: true },
];

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * Statistics use cases. Reading the case data for a preview or export is logged (`stats.preview`,
 * `stats.export`) like any other access, without objects: no single case is looked at.
 */
export class StatsService {
  private readonly combined = new Map<string, ExportDocument>();

  constructor(
    private readonly vault: VaultService,
    private readonly ports: CorePorts,
    private readonly now: () => Date,
  ) {}

  private profiles(): StatsProfile[] {
    return [...BUILT_IN_PROFILES, ...repository.listCustomProfiles(this.vault.requireOpen().db)];
  }

  private findProfile(id: string): StatsProfile {
    const profile = this.profiles().find((candidate) => candidate.id === id);
    if (!profile) throw new AppError('NOT_FOUND', { messageKey: 'stats.error.profileNotFound' });
    return profile;
  }

  listProfiles(): HandlerOutput<'stats:profiles'> {
    const { db } = this.vault.requireOpen();
    return {
      profiles: this.profiles(),
      consentRule: repository.readConsentRule(db),
      catalogue: {
        version: CATALOGUE_VERSION,
        tables: TABLE_IDS.map((id) => {
          const title = tableTitle(id);
          const table = findTable(id);
          return { id, item: table?.item ?? 0, title: title.de, titleEn: title.en, yearlyOnly: table?.yearlyOnly ?? false };
        }),
      },
    };
  }

  saveProfile(input: ProfileInput): HandlerOutput<'stats:saveProfile'> {
    if (input.id && BUILT_IN_PROFILES.some((profile) => profile.id === input.id))
      throw new AppError('CONFLICT', { messageKey: 'stats.error.builtInProfile' });
    if (input.tables.some((id) => !TABLE_IDS.includes(id)))
      throw new AppError('INVALID_INPUT', {
        messageKey: 'stats.error.unknownTable',
        fields: { 'profile.tables': 'stats.error.unknownTable' },
      });
    const { db } = this.vault.requireOpen();
    return db.transaction(() => {
      if (input.id && !repository.listCustomProfiles(db).some((profile) => profile.id === input.id))
        throw new AppError('NOT_FOUND', { messageKey: 'stats.error.profileNotFound' });
      const id = input.id ?? randomUUID();
      const tables = TABLE_IDS.filter((table) => input.tables.includes(table));
      repository.upsertProfile(db, { id, name: input.name, method: input.method, k: input.k, tables }, this.now().toISOString());
      this.vault.record('stats.profile.save', { details: { id, method: input.method, k: input.k, tables } });
      return { id };
    })();
  }

  deleteProfile(id: string): void {
    if (BUILT_IN_PROFILES.some((profile) => profile.id === id))
      throw new AppError('CONFLICT', { messageKey: 'stats.error.builtInProfile' });
    const { db } = this.vault.requireOpen();
    db.transaction(() => {
      if (!repository.deleteProfile(db, id)) throw new AppError('NOT_FOUND', { messageKey: 'stats.error.profileNotFound' });
      this.vault.record('stats.profile.delete', { details: { id } });
    })();
  }

  saveSettings(consentRule: ConsentRule): HandlerOutput<'stats:saveSettings'> {
    const { db } = this.vault.requireOpen();
    return db.transaction(() => {
      repository.writeConsentRule(db, consentRule);
      this.vault.record('stats.settings.update', { details: { consentRule } });
      return { consentRule: repository.readConsentRule(db) };
    })();
  }

  private checkPeriod(period: Period): void {
    const bounds = periodBounds(period);
    const today = todayIn(this.now());
    if (bounds.start > today)
      throw new AppError('INVALID_INPUT', { messageKey: 'stats.error.periodFuture', fields: { period: 'stats.error.periodFuture' } });
    if (bounds.end >= today)
      throw new AppError('INVALID_INPUT', {
        messageKey: 'stats.error.periodNotEnded',
        params: { end: bounds.end },
        fields: { period: 'stats.error.periodNotEnded' },
      });
  }

  private source(): string {
    const { vaultId } = this.vault.requireOpen();
    return createHash('sha256').update(`fallbuch-stats-source:${vaultId}`).digest('hex').slice(0, 16);
  }

  /** Everything a preview and an export need, inside one read transaction with its log entry. */
  private async compute(
    period: Period,
    profileId: string,
    action: 'stats.preview' | 'stats.export',
  ): Promise<{ result: ComputeResult; excluded: number; hash: string; profile: StatsProfile }> {
    this.checkPeriod(period);
    const profile = this.findProfile(profileId);
    const yearly = period.quarter === null;
    if (!profile.tables.some((id) => yearly || !findTable(id)?.yearlyOnly))
      throw new AppError('INVALID_INPUT', { messageKey: 'stats.error.noTablesForPeriod' });
    const { db } = this.vault.requireOpen();
    const bounds = periodBounds(period);
    const loaded = db.transaction(() => {
      const consentRule = repository.readConsentRule(db);
      const population = repository.loadPopulation(
        db,
        { yearStart: `${period.year}-01-01`, start: bounds.start, end: bounds.end, loadFrom: comparedFrom(period) },
        consentRule,
      );
      if (action === 'stats.preview')
        this.vault.record(action, { details: { period: bounds.code, profile: profile.id, method: profile.method } });
      return {
        consentRule,
        population,
        frozenOrigin: repository.readCategoryList(db, CATALOGUE_VERSION, period.year, 'origin'),
        earlier: repository.readEarlierCells(db, CATALOGUE_VERSION, bounds.code),
        exportedPeriods: repository.readExportedPeriodCodes(db),
      };
    })();
    let result: ComputeResult;
    try {
      result = await computeStatistics({
        population: loaded.population,
        period,
        profile,
        frozenOrigin: loaded.frozenOrigin,
        earlier:
          profile.method === 'suppression'
            ? loaded.earlier
            : { suppressed: new Set(), published: new Map(), methods: loaded.earlier.methods },
        source: this.source(),
        exportedQuarters: quartersOf(loaded.exportedPeriods),
        excludedByConsent: loaded.population.excluded,
        consentRule: loaded.consentRule,
      });
    } catch (error) {
      if (error instanceof AuditFailedError) throw new AppError('CONFLICT', { messageKey: 'stats.error.auditFailed' });
      throw error;
    }
    if (result.casesCounted === 0 && loaded.population.notes.length === 0)
      throw new AppError('INVALID_INPUT', { messageKey: 'stats.error.emptyPeriod' });
    const hash = createHash('sha256').update(serialiseDocument(result.document)).digest('hex');
    return { result, excluded: loaded.population.excluded, hash, profile };
  }

  async preview(period: Period, profileId: string): Promise<HandlerOutput<'stats:preview'>> {
    const { result, excluded, hash, profile } = await this.compute(period, profileId, 'stats.preview');
    return {
      previewHash: hash,
      profile,
      document: result.document,
      informationLoss: result.informationLoss,
      checks: result.checks,
      plannedFiles: plannedFilesByLayout(result.document, fileBaseName(result.document.period.code, profile.name)),
      local: { casesCounted: result.casesCounted, casesExcludedByConsent: excluded },
    };
  }

  async exportFiles(input: {
    period: Period;
    profileId: string;
    previewHash: string;
    csvLayout: CsvLayout;
  }): Promise<HandlerOutput<'stats:export'>> {
    const { result, hash, profile } = await this.compute(input.period, input.profileId, 'stats.export');
    if (hash !== input.previewHash) throw new AppError('CONFLICT', { messageKey: 'stats.error.previewOutdated' });
    const folder = await this.chooseFolder();
    if (folder === null) return { status: 'cancelled' };
    const document = result.document;
    const files = await renderFiles(document, fileBaseName(document.period.code, profile.name), input.csvLayout);
    const staged = stageAll(folder, files);
    this.recordExport(staged, {
      periodCode: document.period.code,
      profileId: profile.id,
      recipient: profile.name,
      method: profile.method,
      k: profile.k,
      cells: result.cells,
      freeze: { year: input.period.year, origin: result.originCategories },
    });
    return { status: 'written', folder, files: staged.written };
  }

  private async chooseFolder(): Promise<string | null> {
    if (!this.ports.chooseFolder) throw new AppError('INTERNAL');
    return this.ports.chooseFolder(homedir());
  }

  /**
   * Puts the staged files in place and logs the export in one transaction: if either fails, the
   * folder is left as it was (files of the same name that were there before included).
   */
  private recordExport(
    staged: StagedFiles,
    entry: {
      periodCode: string;
      profileId: string | null;
      recipient: string;
      method: 'ckm' | 'suppression' | 'combined';
      k: number;
      cells: { fingerprint: string; value: number | null }[];
      freeze: { year: number; origin: string[] } | null;
    },
  ): void {
    const { db, actor } = this.vault.requireOpen();
    const files = staged.written.map(({ fileName, sha256 }) => ({ fileName, sha256 }));
    try {
      db.transaction(() => {
        const at = this.now().toISOString();
        repository.insertExport(
          db,
          {
            id: randomUUID(),
            at,
            catalogueVersion: CATALOGUE_VERSION,
            periodCode: entry.periodCode,
            profileId: entry.profileId,
            recipient: entry.recipient,
            method: entry.method,
            k: entry.k,
            files,
            userId: actor.userId,
          },
          entry.cells,
        );
        if (entry.freeze) repository.freezeCategoryList(db, CATALOGUE_VERSION, entry.freeze.year, 'origin', entry.freeze.origin, at);
        this.vault.record(entry.method === 'combined' ? 'stats.combine.export' : 'stats.export', {
          details: { recipient: entry.recipient, method: entry.method, period: entry.periodCode, files },
        });
        // Last, so that nothing is in place unless the log entry is written with it.
        commitStaged(staged);
      })();
    } catch (error) {
      // An export that cannot be logged must not stay on disk; what it replaced comes back.
      staged.rollback();
      throw error;
    }
    staged.finish();
  }

  history(): HandlerOutput<'stats:history'> {
    return repository.listExports(this.vault.requireOpen().db);
  }

  async combine(): Promise<HandlerOutput<'stats:combine'>> {
    this.vault.requireOpen();
    if (!this.ports.chooseOpenFiles) throw new AppError('INTERNAL');
    const paths = await this.ports.chooseOpenFiles({ kind: 'json', multiple: true });
    if (!paths || paths.length === 0) return { status: 'cancelled' };
    const sources: { fileName: string; sha256: string }[] = [];
    const refused: { fileName: string; reason: string; params: Record<string, string | number> }[] = [];
    const candidates: { source: { fileName: string; sha256: string }; document: ExportDocument }[] = [];
    const seenHashes = new Set<string>();
    const seenSources = new Set<string>();
    for (const path of paths) {
      const fileName = basename(path);
      let bytes: Buffer;
      try {
        bytes = readImportFile(path);
      } catch {
        refused.push({ fileName, reason: 'stats.refused.unreadable', params: {} });
        continue;
      }
      if (bytes.length > MAX_IMPORT_BYTES) {
        refused.push({ fileName, reason: 'stats.refused.tooLarge', params: {} });
        continue;
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      let json: unknown;
      try {
        json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
      } catch {
        refused.push({ fileName, reason: 'stats.refused.notJson', params: {} });
        continue;
      }
      const version = typeof json === 'object' && json !== null && 'schemaVersion' in json ? json.schemaVersion : undefined;
      if (version !== 1) {
        refused.push({ fileName, reason: 'stats.refused.schemaVersion', params: { version: typeof version === 'number' ? version : '?' } });
        continue;
      }
      const parsed = exportDocumentSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        refused.push({ fileName, reason: 'stats.refused.schema', params: { path: issue ? issue.path.map(String).join('.') || '/' : '/' } });
        continue;
      }
      const sourceKey = `${parsed.data.source}|${parsed.data.period.code}|${parsed.data.catalogueVersion}`;
      if (seenHashes.has(sha256) || seenSources.has(sourceKey)) {
        refused.push({ fileName, reason: 'stats.refused.duplicate', params: {} });
        continue;
      }
      seenHashes.add(sha256);
      seenSources.add(sourceKey);
      candidates.push({ source: { fileName, sha256 }, document: parsed.data });
    }
    // Files of another period, catalogue version or method than the others are refused one by one.
    const selection = selectCombinable(candidates.map((candidate) => candidate.document));
    for (const mismatch of selection.refused) {
      const fileName = candidates[mismatch.index]?.source.fileName ?? '';
      if (mismatch.reason === 'method')
        refused.push({ fileName, reason: `stats.refused.method.${mismatch.value === 'ckm' ? 'ckm' : 'suppression'}`, params: {} });
      else
        refused.push({
          fileName,
          reason: `stats.refused.${mismatch.reason}`,
          params: { value: mismatch.value, expected: mismatch.expected },
        });
    }
    const accepted = selection.accepted.flatMap((index) => candidates[index] ?? []);
    sources.push(...accepted.map((candidate) => candidate.source));
    const documents = accepted.map((candidate) => candidate.document);
    if (documents.length === 0) return { status: 'combined', combineId: '', sources, refused, document: null, plannedFiles: null };
    const outcome = combineDocuments(documents, 'Zusammenführung');
    // selectCombinable left only documents that agree; anything else is a programming error.
    if (!outcome.ok) throw new AppError('INTERNAL');
    const combineId = randomUUID();
    this.combined.clear();
    this.combined.set(combineId, outcome.document);
    this.vault.record('stats.combine', { details: { files: sources } });
    return {
      status: 'combined',
      combineId,
      sources,
      refused,
      document: outcome.document,
      plannedFiles: plannedFilesByLayout(outcome.document, combinedBaseName(outcome.document)),
    };
  }

  async exportCombined(combineId: string, csvLayout: CsvLayout): Promise<HandlerOutput<'stats:combineExport'>> {
    const document = this.combined.get(combineId);
    if (!document) throw new AppError('NOT_FOUND', { messageKey: 'stats.error.combineNotFound' });
    const folder = await this.chooseFolder();
    if (folder === null) return { status: 'cancelled' };
    const files = await renderFiles(document, combinedBaseName(document), csvLayout);
    const staged = stageAll(folder, files);
    this.recordExport(staged, {
      periodCode: document.period.code,
      profileId: null,
      recipient: document.recipient,
      method: 'combined',
      k: document.k,
      cells: [],
      freeze: null,
    });
    return { status: 'written', folder, files: staged.written };
  }
}

function combinedBaseName(document: ExportDocument): string {
  return fileBaseName(document.period.code, 'zusammenfuehrung');
}
