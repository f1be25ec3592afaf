import { CATALOGUE_VERSION, NOTE_TABLES, PARTNER_TABLES, PERSON_TABLES, isActive, type TableContext } from '@shared/stats/catalogue';
import { publishWithCkm, type PublishedTable } from '@shared/stats/ckm';
import { originCategories, originDimension } from '@shared/stats/dimensions';
import { buildDocument, informationLossOf, type TableCompleteness } from '@shared/stats/document';
import { periodBounds, type Period } from '@shared/stats/period';
import type { StatPopulation } from '@shared/stats/population';
import { PTABLE, PTABLE_CHECKSUM } from '@shared/stats/ptable.generated';
import type { ExportDocument, InformationLoss, StatsCheck, StatsProfile, TrainingMark } from '@shared/stats/schemas';
import { tabulate, type TrueTable } from '@shared/stats/tabulate';
import { cellsOf, ckmChecks } from './checks';
import { comparedQuarters, differencingThreshold, tablesToWithhold } from './differencing';
import { deliveryOf, overlappingPublications, withholdAgainstPublications, type Delivery, type Withholding } from './overlap';
import { storedTableOf, type Publication, type StoredTable } from './publications';
import { AuditFailedError, suppress } from './suppression';

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
  /** Rows merged into „Sonstige“ per table, frozen for the year by its first export. */
  frozenMerges?: ReadonlyMap<string, readonly string[]>;
  /** Every earlier export of this workstation with what it published (overlapping ones are compared). */
  publications?: readonly Publication[];
  /** A re-export of a period already delivered to this profile, chosen explicitly. */
  correction?: boolean;
  /** Per table: share of counted cases with the items it needs (stated in the export). */
  completeness?: ReadonlyMap<string, TableCompleteness>;
  /** The marker of a training vault's export (issue 10); absent for a real vault. */
  training?: TrainingMark | null;
}

export interface ComputeResult {
  document: ExportDocument;
  published: PublishedTable[];
  informationLoss: InformationLoss;
  checks: StatsCheck[];
  originCategories: string[];
  /** For the history: every quantity of a suppression export, by fingerprint. */
  cells: { fingerprint: string; value: number | null }[];
  /** What the vault keeps of this release, table by table. */
  stored: StoredTable[];
  /** Merges of the tables this export would freeze for the year (tables not frozen yet). */
  merges: Map<string, string[]>;
  /** Tables of the profile left out, with the reason (preview only). */
  withheld: Withholding[];
  delivery: Delivery;
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
  const eligible = <T extends { id: string; yearlyOnly: boolean }>(table: T) => wanted.has(table.id) && (yearly || !table.yearlyOnly);
  const leftOut = [...PERSON_TABLES, ...NOTE_TABLES, ...PARTNER_TABLES].filter(
    (table) => wanted.has(table.id) && table.yearlyOnly && !yearly,
  ).length;
  const frozen = input.frozenMerges ?? new Map<string, readonly string[]>();
  const candidates: TrueTable[] = [
    ...PERSON_TABLES.filter(eligible).map((table) => tabulate(table, population.persons, context, frozen.get(table.id) ?? null)),
    ...NOTE_TABLES.filter(eligible).map((table) => tabulate(table, population.notes, context, frozen.get(table.id) ?? null)),
    ...PARTNER_TABLES.filter(eligible).map((table) => tabulate(table, population.partners ?? [], context, frozen.get(table.id) ?? null)),
  ];
  // Tables that changed for only a few persons since an earlier quarter would single them out by differencing.
  const quarterGuard = tablesToWithhold(
    PERSON_TABLES.filter((table) => wanted.has(table.id)),
    population.persons,
    period,
    input.exportedQuarters ?? [],
    context,
    profile.k,
  );
  const publications = input.publications ?? [];
  const overlapGuard = withholdAgainstPublications(candidates, publications, bounds.code, profile.k);
  const withheld: Withholding[] = [
    ...[...quarterGuard].map(([tableId, changed]): Withholding => ({ tableId, reason: 'differencing', period: '', changed })),
    ...[...overlapGuard.values()].filter((entry) => !quarterGuard.has(entry.tableId)),
  ];
  const withheldIds = new Set(withheld.map((entry) => entry.tableId));
  let tables = candidates.filter((table) => !withheldIds.has(table.meta.id));

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
      status: quarterGuard.size > 0 ? 'warning' : 'passed',
      params: { withheld: quarterGuard.size, tables: [...quarterGuard.keys()].join(', '), persons: differencingThreshold(profile.k) },
    });
  }
  const overlapping = overlappingPublications(publications, bounds.code);
  // The LP audit also ties in the other exports of the year (the year's quarters bound the year).
  const ofTheYear = publications.filter(
    (publication) => publication.periodCode.startsWith(String(period.year)) || overlapping.includes(publication),
  );
  if (overlapping.length > 0) {
    checks.push({
      id: 'overlapGuard',
      status: overlapGuard.size > 0 ? 'warning' : 'passed',
      params: {
        publications: overlapping.length,
        withheld: overlapGuard.size,
        tables: [...overlapGuard.keys()].join(', '),
        persons: differencingThreshold(profile.k),
      },
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
    // Where no further suppression can protect a quantity, its tables are withheld (and the preview says so).
    let result: Awaited<ReturnType<typeof suppress>> | null = null;
    while (result === null) {
      try {
        result = await suppress({
          tables,
          k: profile.k,
          earlierSuppressed: input.earlier.suppressed,
          earlierPublished: input.earlier.published,
          periodCode: bounds.code,
          publications: ofTheYear,
        });
      } catch (error) {
        if (!(error instanceof AuditFailedError) || error.tables.length === 0 || tables.length <= error.tables.length) throw error;
        for (const tableId of error.tables) withheld.push({ tableId, reason: 'audit', period: bounds.code, changed: 0 });
        tables = tables.filter((table) => !error.tables.includes(table.meta.id));
      }
    }
    published = result.published;
    checks.push(
      {
        id: 'primarySuppression',
        status: 'passed',
        params: { k: profile.k, largest: profile.k - 1, primary: result.primary, secondary: result.secondary },
      },
      {
        id: 'lpAudit',
        status: 'passed',
        params: {
          cells: result.suppressed.size,
          narrowest: Number.isFinite(result.narrowestInterval) ? Math.round(result.narrowestInterval * 100) / 100 : '∞',
          k: profile.k,
        },
      },
      { id: 'catalogueRelations', status: 'passed', params: { relations: result.relations, exports: result.earlierExports } },
      { id: 'consistentAcrossTables', status: 'passed', params: { quantities: result.suppressed.size } },
    );
    if (input.earlier.suppressed.size + input.earlier.published.size > 0) {
      checks.push({ id: 'earlierExports', status: 'passed', params: { suppressed: input.earlier.suppressed.size } });
    }
    if (input.earlier.methods.has('ckm')) checks.push({ id: 'earlierOtherMethod', status: 'warning', params: { method: 'ckm' } });
    cells = cellsOf(published);
  }
  const merges = new Map(
    tables.filter((table) => !table.frozen && table.rowDimension.mergeable).map((table) => [table.meta.id, table.merges]),
  );
  checks.push({
    id: 'frozenMerges',
    status: tables.some((table) => table.rows.some((row) => row.tooSmall)) ? 'warning' : 'passed',
    params: {
      year: String(period.year),
      frozen: tables.filter((table) => table.frozen).length,
      freezing: merges.size,
      tooSmall: tables.reduce((sum, table) => sum + table.rows.filter((row) => row.tooSmall).length, 0),
    },
  });
  const stored = published.map(storedTableOf);
  const delivery = deliveryOf(publications, profile.id, bounds.code, stored, input.correction ?? false);
  if (delivery.kind === 'correction' || delivery.kind === 'repeat')
    checks.push({ id: 'korrekturlieferung', status: 'passed', params: { kind: delivery.kind, revision: delivery.revision } });
  if (input.completeness && input.completeness.size > 0) {
    const weak = tables.filter((table) => {
      const band = input.completeness?.get(table.meta.id)?.band;
      return band === 'below67' || band === '67to80';
    });
    checks.push({
      id: 'completeness',
      status: weak.length > 0 ? 'warning' : 'passed',
      params: { weak: weak.length, tables: weak.map((table) => table.meta.id.split('_')[0]).join(', ') },
    });
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
      revision: delivery.kind === 'correction' || delivery.kind === 'repeat' ? delivery.revision : 0,
      withheldTables: withheld.map((entry) => entry.tableId).sort(),
      completeness: input.completeness,
      training: input.training ?? null,
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
    stored,
    merges,
    withheld,
    delivery,
    casesCounted: population.persons.filter((person) => isActive(person, bounds)).length,
  };
}

export { CATALOGUE_VERSION };
