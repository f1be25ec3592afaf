/**
 * A small seeded random source for synthetic case files (training vaults, benchmarks, E2E seeding):
 * the same seed gives the same sequence on every machine, so generated vaults are reproducible.
 */

/** mulberry32: small, fast, good enough for invented data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const weighted = <T extends string>(weights: Readonly<Record<T, number>>): T => {
    const entries = Object.entries(weights) as [T, number][];
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]?.[0] as T;
  };
  const id = (): string => Array.from({ length: 4 }, () => int(0, 0xffffffff).toString(16).padStart(8, '0')).join('');
  return { next, int, pick, weighted, id, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof createRandom>;
