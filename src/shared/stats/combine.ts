import { subRegionOf } from '../kernel/countries';
import { CATALOGUES } from './catalogue';
import { mergedLabel } from './document';
import { OTHER, REGION_PREFIX } from './dimensions';
import { COMPLETENESS_BANDS, type Cell, type ExportDocument, type ExportTable } from './documentSchema';
import { gapsOf } from './gaps';

/**
 * Combines exports of several workstations (same catalogue version, period and method) into one
 * document. A sum containing a suppressed cell stays suppressed ("."), never a number that looks
 * exact but is not. Rows that not every file shows on their own (merged elsewhere) go up to the
 * next coarser row every file has: a country to its region, anything else to "sonstige".
 */
export type CombineOutcome = { ok: true; document: ExportDocument } | { ok: false; reason: CombineMismatch };

const add = (left: Cell, right: Cell): Cell => (left === null || right === null ? null : left + right);

function coarser(code: string, dimension: string, everywhere: ReadonlySet<string>): string {
  if (everywhere.has(code)) return code;
  if (dimension === 'origin' && !code.startsWith(REGION_PREFIX) && code !== OTHER) {
    const region = `${REGION_PREFIX}${subRegionOf(code)}`;
    if (everywhere.has(region)) return region;
  }
  return OTHER;
}

function combineTable(tables: ExportTable[]): ExportTable | null {
  const first = tables[0]!;
  const columnCodes = first.columns.map((column) => column.code).join('|');
  if (tables.some((table) => table.columns.map((column) => column.code).join('|') !== columnCodes)) return null;
  const everywhere = new Set(
    first.rows.map((row) => row.code).filter((code) => tables.every((table) => table.rows.some((row) => row.code === code))),
  );
  everywhere.add(OTHER);
  const order: string[] = [];
  const combined = new Map<string, { label: string; labelEn: string; values: Cell[]; total: Cell; merged: Set<string>; seen: boolean }>();
  for (const table of tables) {
    for (const row of table.rows) {
      const target = coarser(row.code, first.rowDimension, everywhere);
      let entry = combined.get(target);
      if (!entry) {
        entry = { label: '', labelEn: '', values: first.columns.map(() => 0), total: 0, merged: new Set(), seen: false };
        combined.set(target, entry);
        order.push(target);
      }
      if (target === row.code) {
        entry.label = row.label;
        entry.labelEn = row.labelEn;
      } else {
        entry.merged.add(row.code);
      }
      for (const code of row.merged) entry.merged.add(code);
      entry.values = entry.values.map((value, index) => add(value, row.values[index] ?? null));
      entry.total = add(entry.total, row.total);
    }
  }
  const otherLabel = tables.flatMap((table) => table.rows).find((row) => row.code === OTHER);
  const rows = order
    .sort((left, right) =>
      left === OTHER
        ? 1
        : right === OTHER
          ? -1
          : first.rows.findIndex((row) => row.code === left) - first.rows.findIndex((row) => row.code === right),
    )
    .map((code) => {
      const entry = combined.get(code)!;
      entry.merged.delete(code);
      const merged = [...entry.merged].sort();
      const said = code === OTHER && merged.length > 0 ? mergedLabel(first.rowDimension, merged.length) : null;
      const label = said?.de ?? (entry.label || (code === OTHER ? (otherLabel?.label ?? 'Sonstige') : code));
      const labelEn = said?.en ?? (entry.labelEn || (code === OTHER ? (otherLabel?.labelEn ?? 'Other') : code));
      // A median cannot be combined from medians: the combined row has none.
      return { code, label, labelEn, values: entry.values, total: entry.total, merged, ...(first.measure ? { measure: null } : {}) };
    });
  // The combined completeness is the weakest of the parts.
  const bands = tables.map((table) => table.completeness);
  const worst = bands.every((band) => band !== null)
    ? bands.reduce((low, band) => (COMPLETENESS_BANDS.indexOf(band.band) > COMPLETENESS_BANDS.indexOf(low.band) ? band : low))
    : null;
  return {
    ...first,
    rows,
    columnTotals: first.columns.map((_, index) => tables.reduce<Cell>((sum, table) => add(sum, table.columnTotals[index] ?? null), 0)),
    grandTotal: tables.reduce<Cell>((sum, table) => add(sum, table.grandTotal), 0),
    additive: tables.every((table) => table.additive),
    completeness: worst,
  };
}

export type CombineMismatch = 'catalogueVersion' | 'period' | 'method';

/**
 * Catalogue versions only add tables, so files of every known version combine over the tables they
 * share; an unknown (newer) version is refused.
 */
const catalogueLine = (document: ExportDocument) => (document.catalogueVersion in CATALOGUES ? 'known' : document.catalogueVersion);

const COMPARED: readonly { reason: CombineMismatch; of: (document: ExportDocument) => string }[] = [
  { reason: 'catalogueVersion', of: catalogueLine },
  { reason: 'period', of: (document) => document.period.code },
  { reason: 'method', of: (document) => document.method },
];

/**
 * Which documents can be combined: the largest group with the same catalogue version, period and
 * method (on a tie the group of the earliest file). Every other document is named with the first
 * of these in which it differs from that group, its own value and the group's.
 */
export function selectCombinable(documents: readonly ExportDocument[]): {
  accepted: number[];
  refused: { index: number; reason: CombineMismatch; value: string; expected: string }[];
} {
  const keyOf = (document: ExportDocument) => COMPARED.map((attribute) => attribute.of(document)).join('\u0000');
  const sizes = new Map<string, number>();
  for (const document of documents) sizes.set(keyOf(document), (sizes.get(keyOf(document)) ?? 0) + 1);
  // Map keeps insertion order, so on a tie the first file's group comes first and wins.
  let majority: string | null = null;
  for (const [key, size] of sizes) if (majority === null || size > (sizes.get(majority) ?? 0)) majority = key;
  const reference = documents.find((document) => keyOf(document) === majority);
  const accepted: number[] = [];
  const refused: { index: number; reason: CombineMismatch; value: string; expected: string }[] = [];
  documents.forEach((document, index) => {
    const differing = reference ? COMPARED.find((attribute) => attribute.of(document) !== attribute.of(reference)) : undefined;
    if (!reference || !differing) accepted.push(index);
    else if (differing.reason === 'catalogueVersion')
      refused.push({ index, reason: differing.reason, value: document.catalogueVersion, expected: reference.catalogueVersion });
    else refused.push({ index, reason: differing.reason, value: differing.of(document), expected: differing.of(reference) });
  });
  return { accepted, refused };
}

export function combineDocuments(documents: readonly ExportDocument[], recipient: string): CombineOutcome {
  const first = documents[0]!;
  if (documents.some((document) => catalogueLine(document) !== catalogueLine(first))) return { ok: false, reason: 'catalogueVersion' };
  if (documents.some((document) => document.period.code !== first.period.code)) return { ok: false, reason: 'period' };
  if (documents.some((document) => document.method !== first.method)) return { ok: false, reason: 'method' };
  const tables: ExportTable[] = [];
  for (const table of first.tables) {
    const parts = documents.map((document) => document.tables.find((candidate) => candidate.id === table.id));
    if (parts.some((part) => part === undefined)) continue;
    const combined = combineTable(parts.filter((part): part is ExportTable => part !== undefined));
    if (combined) tables.push(combined);
  }
  // The combined file speaks the oldest version among its parts: it holds only the tables all of them have.
  const catalogueVersion = documents.map((document) => document.catalogueVersion).sort()[0]!;
  return {
    ok: true,
    document: {
      ...first,
      catalogueVersion,
      recipient,
      k: Math.max(...documents.map((document) => document.k)),
      ptableChecksum: first.ptableChecksum,
      source: `combined:${documents
        .map((document) => document.source)
        .sort()
        .join('+')}`,
      revision: 0,
      withheldTables: [...new Set(documents.flatMap((document) => document.withheldTables))].sort(),
      tables,
      gaps: gapsOf(tables),
    },
  };
}
