import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeStatistics, type ComputeResult } from '../../../src/main/stats/compute';
import { ALL_TABLES, findTable } from '../../../src/shared/stats/catalogue';
import { DIMENSIONS } from '../../../src/shared/stats/dimensions';
import type { Period } from '../../../src/shared/stats/period';
import type { StatPopulation } from '../../../src/shared/stats/population';
import { TOTAL, type PositionRef } from '../../../src/shared/stats/tableDefinition';
import type { TrueTable } from '../../../src/shared/stats/tabulate';
import { buildDocument } from '../../../src/shared/stats/document';
import { periodBounds } from '../../../src/shared/stats/period';
import type { ExportDocument } from '../../../src/shared/stats/schemas';
import { attackIntervals, narrowIntervals, positionKey, truthOf } from '../helpers/statsAttack';
import { closedPerson, statPerson, times } from '../helpers/statsPersons';
import { populationArbitrary, profile } from '../helpers/statsPopulation';

/**
 * The catalogue as one system of equations (issue 13, part 2): every relation it declares must hold
 * for every population by construction — the audit drops a relation the truth does not satisfy, so a
 * wrong declaration would silently weaken it. This is where a wrong one is caught.
 */
const YEAR: Period = { year: 2025, quarter: null };

function countAt(tables: readonly TrueTable[], ref: PositionRef): number | undefined {
  const table = tables.find((candidate) => candidate.meta.id === ref.table);
  if (!table) return undefined;
  const single = table.columns.length === 1;
  const column = single || ref.column === TOTAL ? -1 : table.columns.indexOf(ref.column);
  if (ref.row === TOTAL) return column < 0 ? table.grandTotal.n : table.columnTotals[column]?.n;
  const row = table.rows.find((candidate) => candidate.code === ref.row);
  if (!row) return undefined;
  return column < 0 ? row.total.n : row.cells[column]?.n;
}

async function tablesOf(population: StatPopulation, period: Period, frozen?: ComputeResult): Promise<ComputeResult> {
  return computeStatistics({
    population,
    period,
    profile: profile('buendnis'),
    frozenOrigin: frozen?.originCategories ?? null,
    frozenMerges: frozen?.merges,
    earlier: { suppressed: new Set(), published: new Map(), methods: new Set() },
    source: 'relations',
    excludedByConsent: 0,
    consentRule: 'countAll',
  });
}

function violations(tables: readonly TrueTable[]): string[] {
  const found: string[] = [];
  for (const table of tables) {
    for (const relation of findTable(table.meta.id)?.relations ?? []) {
      const left = relation.left.map((ref) => countAt(tables, ref));
      const right = relation.right.map((ref) => countAt(tables, ref));
      if ([...left, ...right].some((value) => value === undefined)) continue;
      const sum = (values: (number | undefined)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);
      const holds = relation.relation === 'equal' ? sum(left) === sum(right) : sum(left) <= sum(right);
      if (!holds)
        found.push(
          `${table.meta.id}: ${JSON.stringify(relation.left)} ${relation.relation} ${JSON.stringify(relation.right)} (${sum(left)} vs ${sum(right)})`,
        );
    }
  }
  return found;
}

describe('the relations the catalogue declares', () => {
  test('name only rows that are never merged, and margins', () => {
    const mergeable = new Set(
      Object.values(DIMENSIONS)
        .filter((dimension) => dimension.mergeable)
        .map((dimension) => dimension.id),
    );
    for (const table of ALL_TABLES) {
      for (const relation of table.relations ?? []) {
        for (const ref of [...relation.left, ...relation.right]) {
          const target = findTable(ref.table);
          expect(target, ref.table).toBeDefined();
          if (ref.row === TOTAL || !target) continue;
          const rows = target.rows({
            period: { start: '', end: '', code: '', labelDe: '', labelEn: '' },
            origin: new Set(),
            originDimension: DIMENSIONS.count,
          });
          expect(mergeable.has(rows.id), `${ref.table} row ${ref.row}`).toBe(false);
          expect(rows.categories).toContain(ref.row);
        }
      }
    }
  });

  test('hold for every population, in a year and in each of its quarters', async () => {
    await fc.assert(
      fc.asyncProperty(populationArbitrary(80), async (population) => {
        const year = await tablesOf(population, YEAR);
        expect(violations(year.published.map((published) => published.table))).toEqual([]);
        for (const quarter of [1, 2, 3, 4] as const) {
          const result = await tablesOf(population, { year: 2025, quarter }, year);
          expect(violations(result.published.map((published) => published.table))).toEqual([]);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

// ----- the suppression audit against a recipient who knows the catalogue -----------------------

const MINISTERIUM = profile('ministerium');

async function suppressionExport(population: StatPopulation, period: Period, publications: ComputeResult[] = []) {
  return computeStatistics({
    population,
    period,
    profile: MINISTERIUM,
    frozenOrigin: publications[0]?.originCategories ?? null,
    frozenMerges: publications[0]?.merges,
    earlier: { suppressed: new Set(), published: new Map(), methods: new Set() },
    source: 'relations',
    excludedByConsent: 0,
    consentRule: 'countAll',
    publications: publications.map((result, index) => ({
      id: `earlier-${index}`,
      at: `2026-01-0${index + 1}T10:00:00Z`,
      periodCode: result.document.period.code,
      profileId: 'ministerium',
      method: 'suppression' as const,
      k: 3,
      revision: 0,
      tables: result.stored,
    })),
  });
}

/** The same tables with only the primary cells (1 ≤ n < k) hidden: a pattern that passes an audit of each table on its own. */
function primaryOnly(result: ComputeResult): ExportDocument {
  const hide = (cell: { n: number }) => (cell.n >= 1 && cell.n < 3 ? null : cell.n);
  const published = result.published.map(({ table }) => ({
    table,
    cells: table.rows.map((row) => row.cells.map(hide)),
    rowTotals: table.rows.map((row) => hide(row.total)),
    columnTotals: table.columnTotals.map(hide),
    grandTotal: hide(table.grandTotal),
  }));
  return buildDocument(
    { period: YEAR, bounds: periodBounds(YEAR), recipient: 'Ministerium', method: 'suppression', k: 3, ptableChecksum: null, source: 'r' },
    published,
  );
}

describe('cell suppression knows the catalogue as one system of equations (regressions from the independent audit)', () => {
  test('T01: stock and closures never overlap and cover every case, so „closed“ is total − stock', async () => {
    // Ten cases in the year, two of them closed: a hidden „closed“ of 2 next to a published stock and total.
    const population: StatPopulation = {
      persons: [
        ...times(10, () => statPerson({ intakeDate: '2024-06-01' })),
        ...times(2, () => closedPerson('2025-09-15', 'goalsAchieved', 'employment', { intakeDate: '2024-06-01' })),
      ],
      notes: [],
    };
    const result = await suppressionExport(population, YEAR);
    const truth = truthOf(0, result.published);
    const naive = primaryOnly(result);
    // Table by table the naive pattern holds (closed ∈ [2, 12]) — what the old audit checked …
    const alone = await attackIntervals([naive], { declared: false, acrossPeriods: false, truth });
    expect(narrowIntervals(alone, truth, 3)).toEqual([]);
    // … but a recipient who knows the catalogue recomputes it, and every table counting the same closed persons with it.
    const knowing = narrowIntervals(await attackIntervals([naive], { declared: true, acrossPeriods: false, truth }), truth, 3);
    expect(knowing.map((found) => found.key)).toContain(positionKey(0, 'T01_cases', 'closed', TOTAL));
    expect(knowing.find((found) => found.key === positionKey(0, 'T12_closures', TOTAL, 'employment'))).toMatchObject({ low: 2, high: 2 });
    // The export as written: nothing hidden comes back, even to a recipient who knows every relation.
    const attack = await attackIntervals([result.document], { declared: true, acrossPeriods: false, truth });
    expect(narrowIntervals(attack, truth, 3)).toEqual([]);
    expect(result.document.tables.find((table) => table.id === 'T01_cases')?.rows.find((row) => row.code === 'closed')?.total).toBeNull();
  });

  test('T11/T12: the transitions count the same people as the whereabouts columns; a T12 cell of 2 does not come back', async () => {
    const population: StatPopulation = {
      persons: [
        ...times(12, () => statPerson({ intakeDate: '2024-03-01', trainingStarts: [] })),
        ...times(3, () => statPerson({ intakeDate: '2024-03-01', trainingStarts: ['2025-08-01'] })),
        ...times(2, () => closedPerson('2025-10-01', 'goalsAchieved', 'employment', { intakeDate: '2024-03-01' })),
        ...times(2, () => closedPerson('2025-10-01', 'goalsAchieved', 'vocationalTraining', { intakeDate: '2024-03-01' })),
        ...times(11, () => closedPerson('2025-11-01', 'relocation', 'unknown', { intakeDate: '2024-03-01' })),
      ],
      notes: [],
    };
    const result = await suppressionExport(population, YEAR);
    const truth = truthOf(0, result.published);
    const naive = primaryOnly(result);
    const knowing = narrowIntervals(await attackIntervals([naive], { declared: true, acrossPeriods: false, truth }), truth, 3);
    // The hidden T12 cells of 2 are pinned to less than k wide (employment: [2, 4]) by T01's identity and T11 = T12's columns.
    expect(knowing.filter((found) => found.key.startsWith('0|T12_closures|_other|') && found.truth === 2).length).toBeGreaterThan(0);
    const attack = await attackIntervals([result.document], { declared: true, acrossPeriods: false, truth });
    expect(narrowIntervals(attack, truth, 3)).toEqual([]);
  });

  test('over random populations, a year and a quarter of it: an LP that knows every declared relation recovers nothing hidden', async () => {
    await fc.assert(
      fc.asyncProperty(populationArbitrary(60), fc.constantFrom(1, 2, 3, 4), fc.boolean(), async (population, quarter, yearFirst) => {
        const quarterPeriod: Period = { year: 2025, quarter: quarter as 1 | 2 | 3 | 4 };
        const first = await suppressionExport(population, yearFirst ? YEAR : quarterPeriod);
        const second = await suppressionExport(population, yearFirst ? quarterPeriod : YEAR, [first]);
        const documents = [first.document, second.document];
        const truth = new Map([...truthOf(0, first.published), ...truthOf(1, second.published)]);
        const attack = await attackIntervals(documents, { declared: true, acrossPeriods: true, truth });
        expect(narrowIntervals(attack, truth, 3)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  }, 300_000);
});
