import { createHash, randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { combineDocuments, selectCombinable } from '@shared/stats/combine';
import { readExportDocument, type CsvLayout, type ExportDocument } from '@shared/stats/schemas';
import type { HandlerOutput } from '../session/handlers';
import type { Session } from '../session/session';
import { AppError } from '../kernel/errors';
import type { CorePorts } from '../kernel/ports';
import { chooseFolder, recordExport } from './exportService';
import { fileBaseName, plannedFilesByLayout, readImportFile, renderFiles, stageAll } from './statsFiles';

/**
 * Combining JSON exports of several workstations. The last combined document of a session waits for
 * `stats:combineExport` in memory only; it goes with the session when the vault locks.
 */
export type CombinedDocuments = WeakMap<Session, Map<string, ExportDocument>>;

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

type Refusal = { fileName: string; reason: string; params: Record<string, string | number> };
type Source = { fileName: string; sha256: string };

export async function combine(session: Session, ports: CorePorts, combined: CombinedDocuments): Promise<HandlerOutput<'stats:combine'>> {
  if (!ports.chooseOpenFiles) throw new AppError('INTERNAL');
  const paths = await ports.chooseOpenFiles({ kind: 'json', multiple: true });
  if (!paths || paths.length === 0) return { status: 'cancelled' };
  const refused: Refusal[] = [];
  const candidates: { source: Source; document: ExportDocument }[] = [];
  const seenHashes = new Set<string>();
  const bySource = new Map<string, { source: Source; document: ExportDocument }>();
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
    if (version !== 1 && version !== 2) {
      refused.push({ fileName, reason: 'stats.refused.schemaVersion', params: { version: typeof version === 'number' ? version : '?' } });
      continue;
    }
    const parsed = readExportDocument(json);
    if (!parsed.ok) {
      refused.push({ fileName, reason: 'stats.refused.schema', params: { path: parsed.path } });
      continue;
    }
    // Training and real data never meet: a file counts only in a vault of its own kind.
    const isTrainingFile = parsed.document.training !== undefined;
    if (isTrainingFile !== session.isTraining) {
      refused.push({ fileName, reason: isTrainingFile ? 'stats.refused.trainingFile' : 'stats.refused.realFile', params: {} });
      continue;
    }
    if (seenHashes.has(sha256)) {
      refused.push({ fileName, reason: 'stats.refused.duplicate', params: {} });
      continue;
    }
    seenHashes.add(sha256);
    // One delivery per workstation and period: a Korrekturlieferung replaces what it corrects.
    const sourceKey = `${parsed.document.source}|${parsed.document.period.code}|${parsed.document.catalogueVersion}`;
    const earlier = bySource.get(sourceKey);
    if (earlier) {
      const replacing = parsed.document.revision > earlier.document.revision;
      const loser = replacing ? earlier : { source: { fileName, sha256 }, document: parsed.document };
      refused.push({
        fileName: loser.source.fileName,
        reason: parsed.document.revision === earlier.document.revision ? 'stats.refused.duplicate' : 'stats.refused.superseded',
        params: {},
      });
      if (!replacing) continue;
      candidates.splice(candidates.indexOf(earlier), 1);
    }
    const candidate = { source: { fileName, sha256 }, document: parsed.document };
    bySource.set(sourceKey, candidate);
    candidates.push(candidate);
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
  const sources = accepted.map((candidate) => candidate.source);
  const documents = accepted.map((candidate) => candidate.document);
  if (documents.length === 0) return { status: 'combined', combineId: '', sources, refused, document: null, plannedFiles: null };
  const outcome = combineDocuments(documents, 'Zusammenführung');
  // selectCombinable left only documents that agree; anything else is a programming error.
  if (!outcome.ok) throw new AppError('INTERNAL');
  const combineId = randomUUID();
  combined.set(session, new Map([[combineId, outcome.document]]));
  session.transaction(() => session.record('stats.combine', { details: { files: sources } }));
  return {
    status: 'combined',
    combineId,
    sources,
    refused,
    document: outcome.document,
    plannedFiles: plannedFilesByLayout(outcome.document, combinedBaseName(outcome.document)),
  };
}

export async function exportCombined(
  session: Session,
  ports: CorePorts,
  combined: CombinedDocuments,
  combineId: string,
  csvLayout: CsvLayout,
): Promise<HandlerOutput<'stats:combineExport'>> {
  const document = combined.get(session)?.get(combineId);
  if (!document) throw new AppError('NOT_FOUND', { messageKey: 'stats.error.combineNotFound' });
  const folder = await chooseFolder(ports);
  if (folder === null) return { status: 'cancelled' };
  const files = await renderFiles(document, combinedBaseName(document), csvLayout);
  const staged = stageAll(folder, files);
  recordExport(session, staged, {
    periodCode: document.period.code,
    profileId: null,
    recipient: document.recipient,
    method: 'combined',
    k: document.k,
    cells: [],
    stored: [],
    revision: 0,
    freeze: null,
  });
  return { status: 'written', folder, files: staged.written };
}

function combinedBaseName(document: ExportDocument): string {
  return fileBaseName(document.period.code, 'zusammenfuehrung', 0, document.training !== undefined);
}
