import { CATALOGUE_VERSION, NOTE_TABLES, PERSON_TABLES, isActive, type TableContext } from '@shared/stats/catalogue';
import { publishWithCkm, type PublishedTable } from '@shared/stats/ckm';
import { originCategories, originDimension } from '@shared/stats/dimensions';
import { buildDocument, informationLossOf } from '@shared/stats/document';
import { periodBounds, type Period } from '@shared/stats/period';
import type { StatPopulation } from '@shared/stats/population';
import { PTABLE, PTABLE_CHECKSUM } from '@shared/stats/ptable.generated';
import type { ExportDocument, InformationLoss, StatsCheck, StatsProfile } from '@shared/stats/schemas';
import { tabulate, type TrueTable } from '@shared/stats/tabulate';
import { comparedQuarters, differencingThreshold, tablesToWithhold } from './differencing';
import { suppress } from './suppression';

/** From a loaded population to the exact document that would leave, with its checks. */
export interface ComputeInput {
  population: StatPopulation;
  period: Period;
  profile: StatsProfile;
  /** The year's frozen origin list, if an earlier export of the year froze one. */
  frozenOrigin: string[] | null;
  earlier: { suppressed: ReadonlySet<string>; published: ReadonlyMap<string, number>; methods: ReadonlySet<string> };
  source: string;
  /** Quarters with a written export: a recipient may difference this quarter against them. */
  exportedQuarters?: readonly Period[];
  excludedByConsent: number;
  consentRule: string;
}

export interface ComputeResult {
  document: ExportDocument;
  published: PublishedTable[];
  informationLoss: InformationLoss;
  checks: StatsCheck[];
  originCategories: string[];
  /** For the history: every quantity of a suppression export, by fingerprint. */
  cells: { fingerprint: string; value: number | null }[];
  casesCounted: number;
}

export async function computeStatistics(input: ComputeInput): Promise<ComputeResult> {
  const { population, period, profile } = input;
  const bounds = periodBounds(period);
  const yearBounds = periodBounds({ year: period.year, quarter: null });
  const yearToDate = { ...yearBounds, end: bounds.end };
  // The origin list of the year: persons of the year so far, unless an earlier export froze it.
  let origin = input.frozenOrigin;
  if (!origin) {
    const counts = new Map<string, number>();
    for (const person of population.persons) {
      if (!isActive(person, yearToDate)) continue;
      const country = person.countryOfOrigin ?? 'XX';
      counts.set(country, (counts.get(country) ?? 0) + 1);
    }
    origin = originCategories(counts);
  }
  const context: TableContext = { period: bounds, origin: new Set(origin), originDimension: originDimension(origin) };
  const yearly = period.quarter === null;
  const wanted = new Set(profile.tables);
  const leftOut = [...PERSON_TABLES, ...NOTE_TABLES].filter((table) => wanted.has(table.id) && table.yearlyOnly && !yearly).length;
  // Tables that changed for only a few persons since an earlier quarter would single them out by differencing.
  const withheld = tablesToWithhold(
    PERSON_TABLES.filter((table) => wanted.has(table.id)),
    population.persons,
    period,
    input.exportedQuarters ?? [],
    context,
    profile.k,
  );
  const tables: TrueTable[] = [
    ...PERSON_TABLES.filter((table) => wanted.has(table.id) && (yearly || !table.yearlyOnly) && !withheld.has(table.id)).map((table) =>
      tabulate(table, population.persons, context),
    ),
    ...NOTE_TABLES.filter((table) => wanted.has(table.id) && (yearly || !table.yearlyOnly)).map((table) =>
      tabulate(table, population.notes, context),
    ),
  ];
  // A year is a name, not an amount: as text it reads "2026", never "2.026" with digit grouping.
  const checks: StatsCheck[] = [
    { id: 'noIdentifiers', status: 'passed', params: {} },
    { id: 'datesCoarsened', status: 'passed', params: { period: bounds.labelDe } },
    {
      id: 'frozenCategories',
      status: 'passed',
      params: { year: String(period.year), categories: origin.length, frozen: input.frozenOrigin ? 'yes' : 'no' },
    },
    { id: 'smallRowsMerged', status: 'passed', params: { rows: tables.reduce((sum, table) => sum + table.smallRowsMerged, 0) } },
    {
      id: 'groupDisclosure',
      status: 'passed',
      params: {
        merged: tables.reduce((sum, table) => sum + table.groupMerged, 0),
        suppressedRows: tables.reduce((sum, table) => sum + table.rows.filter((row) => row.groupSuppressed).length, 0),
      },
    },
    { id: 'consentRule', status: 'passed', params: { rule: input.consentRule, excluded: input.excludedByConsent } },
  ];
  if (leftOut > 0) checks.push({ id: 'yearlyOnlyTablesLeftOut', status: 'warning', params: { tables: leftOut } });
  if (comparedQuarters(period, input.exportedQuarters ?? []).length > 0) {
    checks.push({
      id: 'differencingGuard',
      status: withheld.size > 0 ? 'warning' : 'passed',
      params: { withheld: withheld.size, tables: [...withheld.keys()].join(', '), persons: differencingThreshold(profile.k) },
    });
  }
  let published: PublishedTable[];
  let cells: { fingerprint: string; value: number | null }[] = [];
  if (profile.method === 'ckm') {
    published = tables.map((table) => publishWithCkm(table, PTABLE));
    checks.push(...ckmChecks(published));
    if (input.earlier.methods.has('suppression'))
      checks.push({ id: 'earlierOtherMethod', status: 'warning', params: { method: 'suppression' } });
  } else {
    const result = await suppress({
      tables,
      k: profile.k,
      earlierSuppressed: input.earlier.suppressed,
      earlierPublished: input.earlier.published,
    });
    published = result.published;
    checks.push(
      { id: 'primarySuppression', status: 'passed', params: { k: profile.k, primary: result.primary, secondary: result.secondary } },
      {
        id: 'lpAudit',
        status: 'passed',
        params: {
          cells: result.suppressed.size,
          narrowest: Number.isFinite(result.narrowestInterval) ? Math.round(result.narrowestInterval * 100) / 100 : '∞',
          k: profile.k,
        },
      },
      { id: 'consistentAcrossTables', status: 'passed', params: { quantities: result.suppressed.size } },
    );
    if (input.earlier.suppressed.size + input.earlier.published.size > 0) {
      checks.push({ id: 'earlierExports', status: 'passed', params: { suppressed: input.earlier.suppressed.size } });
    }
    if (input.earlier.methods.has('ckm')) checks.push({ id: 'earlierOtherMethod', status: 'warning', params: { method: 'ckm' } });
    const seen = new Map<string, number | null>();
    for (const table of published) {
      const add = (fingerprint: string, value: number | null) => seen.set(fingerprint, value);
      table.table.rows.forEach((row, r) => {
        row.cells.forEach((cell, c) => add(cell.fingerprint, table.cells[r]![c]!));
        add(row.total.fingerprint, table.rowTotals[r]!);
      });
      table.table.columnTotals.forEach((cell, c) => add(cell.fingerprint, table.columnTotals[c]!));
      add(table.table.grandTotal.fingerprint, table.grandTotal);
    }
    cells = [...seen]
      .filter(([fingerprint]) => !fingerprint.startsWith('0:'))
      .map(([fingerprint, value]) => ({ fingerprint, value }))
      .sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
  }
  const document = buildDocument(
    {
      period,
      bounds,
      recipient: profile.name,
      method: profile.method,
      k: profile.k,
      ptableChecksum: profile.method === 'ckm' ? PTABLE_CHECKSUM : null,
      source: input.source,
    },
    published,
  );
  return {
    document,
    published,
    informationLoss: informationLossOf(published),
    checks,
    originCategories: origin,
    cells,
    casesCounted: population.persons.filter((person) => isActive(person, bounds)).length,
  };
}

function ckmChecks(published: PublishedTable[]): StatsCheck[] {
  let small = 0;
  let beyond = 0;
  let zeros = 0;
  const byFingerprint = new Map<string, number>();
  let inconsistent = 0;
  for (const table of published) {
    const visit = (fingerprint: string, n: number, value: number | null) => {
      if (value === null) return;
      if (value >= 1 && value <= 2) small += 1;
      if (Math.abs(value - n) > PTABLE.parameters.maxDeviation) beyond += 1;
      if (n === 0 && value !== 0) zeros += 1;
      const before = byFingerprint.get(fingerprint);
      if (before !== undefined && before !== value) inconsistent += 1;
      byFingerprint.set(fingerprint, value);
    };
    table.table.rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => visit(cell.fingerprint, cell.n, table.cells[r]![c]!));
      visit(row.total.fingerprint, row.total.n, table.rowTotals[r]!);
    });
    table.table.columnTotals.forEach((cell, c) => visit(cell.fingerprint, cell.n, table.columnTotals[c]!));
    visit(table.table.grandTotal.fingerprint, table.table.grandTotal.n, table.grandTotal);
  }
  // These hold by construction of the ptable; checking them again guards against a broken table.
  if (small + beyond + zeros + inconsistent > 0) throw new Error('CKM invariant violated');
  return [
    { id: 'ckmNoSmallValues', status: 'passed', params: { js: PTABLE.parameters.js } },
    { id: 'ckmMaxDeviation', status: 'passed', params: { d: PTABLE.parameters.maxDeviation, variance: PTABLE.parameters.variance } },
    { id: 'ckmZerosKept', status: 'passed', params: {} },
    { id: 'ckmConsistent', status: 'passed', params: { quantities: byFingerprint.size } },
  ];
}

export { CATALOGUE_VERSION };
