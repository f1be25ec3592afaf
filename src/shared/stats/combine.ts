import { subRegionOf } from '../kernel/countries';
import { OTHER, REGION_PREFIX } from './dimensions';
import type { Cell, ExportDocument, ExportTable } from './schemas';

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
      const label = entry.label || (code === OTHER ? (otherLabel?.label ?? 'Sonstige') : code);
      const labelEn = entry.labelEn || (code === OTHER ? (otherLabel?.labelEn ?? 'Other') : code);
      entry.merged.delete(code);
      return { code, label, labelEn, values: entry.values, total: entry.total, merged: [...entry.merged].sort() };
    });
  return {
    ...first,
    rows,
    columnTotals: first.columns.map((_, index) => tables.reduce<Cell>((sum, table) => add(sum, table.columnTotals[index] ?? null), 0)),
    grandTotal: tables.reduce<Cell>((sum, table) => add(sum, table.grandTotal), 0),
    additive: tables.every((table) => table.additive),
  };
}

export type CombineMismatch = 'catalogueVersion' | 'period' | 'method';

const COMPARED: readonly { reason: CombineMismatch; of: (document: ExportDocument) => string }[] = [
  { reason: 'catalogueVersion', of: (document) => document.catalogueVersion },
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
    else refused.push({ index, reason: differing.reason, value: differing.of(document), expected: differing.of(reference) });
  });
  return { accepted, refused };
}

export function combineDocuments(documents: readonly ExportDocument[], recipient: string): CombineOutcome {
  const first = documents[0]!;
  if (documents.some((document) => document.catalogueVersion !== first.catalogueVersion)) return { ok: false, reason: 'catalogueVersion' };
  if (documents.some((document) => document.period.code !== first.period.code)) return { ok: false, reason: 'period' };
  if (documents.some((document) => document.method !== first.method)) return { ok: false, reason: 'method' };
  const tables: ExportTable[] = [];
  for (const table of first.tables) {
    const parts = documents.map((document) => document.tables.find((candidate) => candidate.id === table.id));
    if (parts.some((part) => part === undefined)) continue;
    const combined = combineTable(parts.filter((part): part is ExportTable => part !== undefined));
    if (combined) tables.push(combined);
  }
  return {
    ok: true,
    document: {
      ...first,
      recipient,
      k: Math.max(...documents.map((document) => document.k)),
      ptableChecksum: first.ptableChecksum,
      source: `combined:${documents
        .map((document) => document.source)
        .sort()
        .join('+')}`,
      tables,
    },
  };
}
