import highsLoader from 'highs';
import type { AuditModel, Linear } from './auditModel';

/**
 * The LP of the suppression audit (HiGHS, wasm): for every hidden quantity with persons in it, its
 * smallest and largest value under everything the recipient knows. The model is split into the
 * independent systems of relations that touch the current export; each is solved on its own.
 */
type Highs = Awaited<ReturnType<typeof highsLoader>>;
let solver: Promise<Highs> | null = null;
function loadSolver(): Promise<Highs> {
  solver ??= highsLoader();
  return solver;
}

/** A large finite upper bound keeps every LP bounded: "no upper limit" shows as a width of 10⁹. */
export const UNBOUNDED = 1e9;

export interface AuditFinding {
  fingerprint: string;
  low: number;
  high: number;
}

/** Relations with their constants folded in, grouped into independent systems that touch the current export. */
function systemsOf(
  model: AuditModel,
): { relations: { terms: Map<string, number>; constant: number; kind: Linear['kind'] }[]; variables: Set<string> }[] {
  const folded = model.relations.flatMap((relation) => {
    const terms = new Map<string, number>();
    let constant = 0;
    let touchesCurrent = false;
    for (const [entry, coefficient] of relation.terms) {
      touchesCurrent ||= model.current.has(entry.key);
      const value = model.known.get(entry.key);
      if (value !== undefined) constant += coefficient * value;
      else terms.set(entry.key, (terms.get(entry.key) ?? 0) + coefficient);
    }
    for (const [key, coefficient] of terms) if (coefficient === 0) terms.delete(key);
    return terms.size === 0 ? [] : [{ terms, constant, kind: relation.kind, touchesCurrent }];
  });
  // Union-find over the unknowns of each relation.
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(key, root);
    return root;
  };
  for (const relation of folded) for (const key of relation.terms.keys()) if (!parent.has(key)) parent.set(key, key);
  for (const key of model.required.keys()) if (!parent.has(key)) parent.set(key, key);
  for (const relation of folded) {
    const [first, ...rest] = [...relation.terms.keys()];
    for (const key of rest) parent.set(find(key), find(first!));
  }
  const systems = new Map<string, { relations: typeof folded; variables: Set<string>; touchesCurrent: boolean }>();
  const systemOf = (key: string) => {
    const root = find(key);
    let system = systems.get(root);
    if (!system) {
      system = { relations: [], variables: new Set(), touchesCurrent: false };
      systems.set(root, system);
    }
    return system;
  };
  for (const key of parent.keys()) {
    const system = systemOf(key);
    system.variables.add(key);
    system.touchesCurrent ||= model.current.has(key);
  }
  for (const relation of folded) {
    const system = systemOf(relation.terms.keys().next().value!);
    system.relations.push(relation);
    system.touchesCurrent ||= relation.touchesCurrent;
  }
  return [...systems.values()].filter((system) => system.touchesCurrent);
}

/** Min and max of every hidden quantity with persons in it, under everything the recipient knows. */
export async function auditModel(model: AuditModel): Promise<{ findings: AuditFinding[]; solves: number }> {
  const highs = await loadSolver();
  const findings: AuditFinding[] = [];
  let solves = 0;
  // A hidden quantity of this export that an earlier export published exactly is pinned: it fails.
  for (const [key, width] of model.required) {
    const value = model.known.get(key);
    if (value !== undefined && width > 0 && model.current.has(key)) findings.push({ fingerprint: key, low: value, high: value });
  }
  for (const system of systemsOf(model)) {
    const audited = [...system.variables].filter((key) => model.required.has(key));
    if (audited.length === 0) continue;
    const names = new Map([...system.variables].map((key, index) => [key, `x${index}`]));
    const constraints = system.relations.map((relation, index) => {
      const left = [...relation.terms].map(
        ([key, coefficient]) => `${coefficient >= 0 ? '+' : '-'} ${Math.abs(coefficient)} ${names.get(key)!}`,
      );
      return ` c${index}: ${left.join(' ')} ${relation.kind === 'equal' ? '=' : '>='} ${-relation.constant}`;
    });
    const boundLines = [...system.variables].map((key) => {
      const [low, high] = model.bounds.get(key) ?? [0, UNBOUNDED];
      return ` ${low} <= ${names.get(key)!} <= ${high}`;
    });
    // A large finite upper bound keeps every LP bounded: "no upper limit" shows as a width of 10⁹.
    const body = `Subject To\n${constraints.length > 0 ? constraints.join('\n') : ' c0: + 1 x0 >= 0'}\nBounds\n${boundLines.join('\n')}\nEnd\n`;
    for (const key of audited) {
      const name = names.get(key)!;
      const extreme = (sense: 'Minimize' | 'Maximize'): number => {
        solves += 1;
        const solution = highs.solve(`${sense}\n obj: ${name}\n${body}`);
        // Anything else (infeasible, limits) counts as "recoverable": never write unaudited.
        return solution.Status === 'Optimal' ? solution.ObjectiveValue : 0;
      };
      findings.push({ fingerprint: key, low: extreme('Minimize'), high: extreme('Maximize') });
    }
  }
  return { findings, solves };
}
