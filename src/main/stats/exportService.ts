import { createHash, randomUUID } from 'node:crypto';
import { homedir } from 'node:os';
import { CATALOGUE_VERSION, findTable } from '@shared/stats/catalogue';
import { serialiseDocument } from '@shared/stats/document';
import { formatIsoDate, todayIn } from '@shared/kernel/dates';
import { periodBounds, type Period } from '@shared/stats/period';
import type { QualityReport } from '@shared/stats/quality';
import type { CsvLayout, StatsProfile } from '@shared/stats/schemas';
import type { HandlerOutput } from '../session/handlers';
import type { Session } from '../session/session';
import { translate } from '@shared/i18n';
import { AppError } from '../kernel/errors';
import type { CorePorts } from '../kernel/ports';
import { computeStatistics, type ComputeResult } from './compute';
import { comparedFrom, quartersOf } from './differencing';
import * as history from './exportRepository';
import type { StoredTable } from './publications';
import { assessQuality } from './quality';
import * as repository from './repository';
import { findProfile, sourceOf } from './service';
import { commitStaged, documentBaseName, plannedFilesByLayout, renderFiles, stageAll } from './statsFiles';
import type { StagedFiles } from './stagedFiles';
import { AuditFailedError } from './suppression';

/**
 * Preview and export of one period for one recipient profile. Reading the case data for them is
 * logged (`stats.preview`, `stats.export`) like any other access, without objects: no single case
 * is looked at.
 */
function checkPeriod(session: Session, period: Period): void {
  const bounds = periodBounds(period);
  const today = session.today();
  if (bounds.start > today)
    throw new AppError('INVALID_INPUT', { messageKey: 'stats.error.periodFuture', fields: { period: 'stats.error.periodFuture' } });
  if (bounds.end >= today)
    throw new AppError('INVALID_INPUT', {
      messageKey: 'stats.error.periodNotEnded',
      params: { end: bounds.end },
      fields: { period: 'stats.error.periodNotEnded' },
    });
}

interface Computed {
  result: ComputeResult;
  excluded: number;
  hash: string;
  profile: StatsProfile;
  quality: QualityReport;
}

/** Everything a preview and an export need, inside one read transaction with its log entries. */
async function compute(
  session: Session,
  request: { period: Period; profileId: string; correction?: boolean | undefined },
  action: 'stats.preview' | 'stats.export',
): Promise<Computed> {
  const { period } = request;
  checkPeriod(session, period);
  const profile = findProfile(session, request.profileId);
  const yearly = period.quarter === null;
  if (!profile.tables.some((id) => yearly || !findTable(id)?.yearlyOnly))
    throw new AppError('INVALID_INPUT', { messageKey: 'stats.error.noTablesForPeriod' });
  const bounds = periodBounds(period);
  const loaded = session.transaction((db) => {
    const consentRule = history.readConsentRule(db);
    const population = repository.loadPopulation(
      db,
      { yearStart: `${period.year}-01-01`, start: bounds.start, end: bounds.end, loadFrom: comparedFrom(period) },
      consentRule,
    );
    const quality = assessQuality({
      persons: population.persons,
      cases: population.cases,
      period: bounds,
      // Only the tables this period's files can hold: a quarter has no flows and outcomes.
      tables: profile.tables.filter((id) => yearly || !findTable(id)?.yearlyOnly),
      counsellorId: session.actor.userId,
      futureIntakes: repository.listFutureIntakes(db, session.actor.userId, session.today()),
    });
    if (action === 'stats.preview') {
      session.record(action, { details: { period: bounds.code, profile: profile.id, method: profile.method } });
      // The data-quality list names the counsellor's own cases: each is a look at that case.
      for (const listed of quality.report.cases) session.record('case.quality.view', { case: session.requireCase(listed.caseId) });
    }
    return {
      consentRule,
      population,
      quality,
      frozenOrigin: history.readCategoryList(db, period.year, 'origin'),
      frozenMerges: history.readFrozenMerges(db, period.year),
      earlier: history.readEarlierCells(db, bounds.code),
      exportedPeriods: history.readExportedPeriodCodes(db),
      publications: history.readPublications(db),
    };
  });
  let result: ComputeResult;
  try {
    result = await computeStatistics({
      population: loaded.population,
      period,
      profile,
      frozenOrigin: loaded.frozenOrigin,
      frozenMerges: loaded.frozenMerges,
      earlier:
        profile.method === 'suppression'
          ? loaded.earlier
          : { suppressed: new Set(), published: new Map(), methods: loaded.earlier.methods },
      source: sourceOf(session),
      // A training vault's files say so in their content (and, by documentBaseName, in their names).
      training: session.isTraining
        ? { note: translate('de', 'training.fileMarker'), noteEn: translate('en', 'training.fileMarker') }
        : null,
      exportedQuarters: quartersOf(loaded.exportedPeriods),
      excludedByConsent: loaded.population.excluded,
      consentRule: loaded.consentRule,
      publications: loaded.publications,
      correction: request.correction ?? false,
      completeness: loaded.quality.completeness,
    });
  } catch (error) {
    if (error instanceof AuditFailedError) throw new AppError('CONFLICT', { messageKey: 'stats.error.auditFailed' });
    throw error;
  }
  if (result.casesCounted === 0 && loaded.population.notes.length === 0)
    throw new AppError('INVALID_INPUT', { messageKey: 'stats.error.emptyPeriod' });
  const { delivery } = result;
  if (delivery.kind === 'correctionRequired')
    throw new AppError('CONFLICT', {
      messageKey: 'stats.error.correctionRequired',
      params: { period: bounds.labelDe, recipient: profile.name, on: formatIsoDate(todayIn(new Date(delivery.earlier.at)), 'de') },
    });
  if (delivery.kind === 'nothingToCorrect')
    throw new AppError('INVALID_INPUT', {
      messageKey: 'stats.error.nothingToCorrect',
      params: { period: bounds.labelDe, recipient: profile.name },
    });
  const hash = createHash('sha256').update(serialiseDocument(result.document)).digest('hex');
  return { result, excluded: loaded.population.excluded, hash, profile, quality: loaded.quality.report };
}

function deliveryOf(result: ComputeResult): HandlerOutput<'stats:preview'>['delivery'] {
  const { delivery } = result;
  return delivery.kind === 'correction' || delivery.kind === 'repeat'
    ? { kind: delivery.kind, revision: delivery.revision }
    : { kind: 'first', revision: 0 };
}

export async function preview(
  session: Session,
  request: { period: Period; profileId: string; correction?: boolean | undefined },
): Promise<HandlerOutput<'stats:preview'>> {
  const { result, excluded, hash, profile, quality } = await compute(session, request, 'stats.preview');
  return {
    previewHash: hash,
    profile,
    document: result.document,
    informationLoss: result.informationLoss,
    checks: result.checks,
    plannedFiles: plannedFilesByLayout(result.document, documentBaseName(result.document, profile.name)),
    withheld: result.withheld,
    delivery: deliveryOf(result),
    local: { casesCounted: result.casesCounted, casesExcludedByConsent: excluded, quality },
  };
}

export async function exportFiles(
  session: Session,
  ports: CorePorts,
  input: { period: Period; profileId: string; previewHash: string; csvLayout: CsvLayout; correction?: boolean | undefined },
): Promise<HandlerOutput<'stats:export'>> {
  const { result, hash, profile } = await compute(session, input, 'stats.export');
  if (hash !== input.previewHash) throw new AppError('CONFLICT', { messageKey: 'stats.error.previewOutdated' });
  const folder = await chooseFolder(ports);
  if (folder === null) return { status: 'cancelled' };
  const document = result.document;
  const files = await renderFiles(document, documentBaseName(document, profile.name), input.csvLayout);
  const staged = stageAll(folder, files);
  recordExport(session, staged, {
    periodCode: document.period.code,
    profileId: profile.id,
    recipient: profile.name,
    method: profile.method,
    k: profile.k,
    cells: result.cells,
    stored: result.stored,
    revision: document.revision,
    freeze: { year: input.period.year, origin: result.originCategories, merges: result.merges },
  });
  return { status: 'written', folder, files: staged.written };
}

export async function chooseFolder(ports: CorePorts): Promise<string | null> {
  if (!ports.chooseFolder) throw new AppError('INTERNAL');
  return ports.chooseFolder(homedir());
}

export interface ExportEntry {
  periodCode: string;
  profileId: string | null;
  recipient: string;
  method: 'ckm' | 'suppression' | 'combined';
  k: number;
  cells: { fingerprint: string; value: number | null }[];
  /** What the vault keeps of the release (tables with fingerprints and published values). */
  stored: readonly StoredTable[];
  revision: number;
  freeze: { year: number; origin: string[]; merges: ReadonlyMap<string, readonly string[]> } | null;
}

/**
 * Puts the staged files in place and logs the export in one transaction: if either fails, the
 * folder is left as it was (files of the same name that were there before included).
 */
export function recordExport(session: Session, staged: StagedFiles, entry: ExportEntry): void {
  const files = staged.written.map(({ fileName, sha256 }) => ({ fileName, sha256 }));
  try {
    session.transaction((db) => {
      const at = session.at();
      history.insertExport(
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
          userId: session.actor.userId,
          revision: entry.revision,
        },
        entry.cells,
        entry.stored,
      );
      if (entry.freeze) {
        history.freezeCategoryList(db, CATALOGUE_VERSION, entry.freeze.year, 'origin', entry.freeze.origin, at);
        history.freezeMerges(db, entry.freeze.year, entry.freeze.merges, at);
      }
      session.record(entry.method === 'combined' ? 'stats.combine.export' : 'stats.export', {
        details: { recipient: entry.recipient, method: entry.method, period: entry.periodCode, revision: entry.revision, files },
      });
      // Last, so that nothing is in place unless the log entry is written with it.
      commitStaged(staged);
    });
  } catch (error) {
    // An export that cannot be logged must not stay on disk; what it replaced comes back.
    staged.rollback();
    throw error;
  }
  staged.finish();
}
