/**
 * The perturbation table (ptable) of the Cell Key Method, built here rather than pasted.
 *
 * For every original count n the table gives a distribution of the noise d (published = n + d) with
 * - |d| ≤ D (maximum deviation),
 * - E[d] = 0 (unbiased) and E[d²] = V (variance),
 * - n + d never in 1..js (small published values are impossible) and n = 0 stays 0,
 * and, among all distributions with these properties, the one with maximum entropy — the least
 * informative choice, as in the Destatis/ABS construction. Maximum entropy under mean and variance
 * constraints has the form p(d) ∝ exp(a·d + b·d²); a and b come from Newton's method on the convex
 * dual. For counts ≥ D + js + 1 the support is symmetric and the row is the same for all of them.
 *
 * The probabilities are then written as whole numbers of 2⁻³² (largest remainders), so that a
 * cell key — itself a whole number of 2⁻³² — is compared with the interval bounds exactly.
 */
export interface PtableParameters {
  maxDeviation: number;
  variance: number;
  /** Published values 1..js are impossible. */
  js: number;
}

export interface PtableRow {
  /** Original count; the last row applies to every count from it upward. */
  count: number;
  /** Noise values in ascending order. */
  offsets: number[];
  /** Probability of each offset in units of 2⁻³² (sums to 2³²). */
  weights: number[];
}

export interface Ptable {
  parameters: PtableParameters;
  rows: PtableRow[];
}

export const DEFAULT_PTABLE_PARAMETERS: PtableParameters = { maxDeviation: 3, variance: 2.25, js: 2 };

export const KEY_SPACE = 2 ** 32;

/** Noise values allowed for an original count. */
export function supportOf(count: number, parameters: PtableParameters): number[] {
  if (count === 0) return [0];
  const offsets: number[] = [];
  for (let d = -parameters.maxDeviation; d <= parameters.maxDeviation; d += 1) {
    const published = count + d;
    if (published < 0) continue;
    if (published >= 1 && published <= parameters.js) continue;
    offsets.push(d);
  }
  return offsets;
}

/** Maximum-entropy distribution on `offsets` with mean 0 and the given variance. */
export function maxEntropyDistribution(offsets: readonly number[], variance: number): number[] {
  if (offsets.length === 1) return [1];
  let a = 0;
  let b = -0.1;
  const moments = (x: number, y: number) => {
    const exponents = offsets.map((d) => x * d + y * d * d);
    const top = Math.max(...exponents);
    const w = exponents.map((e) => Math.exp(e - top));
    const z = w.reduce((sum, v) => sum + v, 0);
    const p = w.map((v) => v / z);
    const m1 = p.reduce((s, v, i) => s + v * offsets[i]!, 0);
    const m2 = p.reduce((s, v, i) => s + v * offsets[i]! ** 2, 0);
    const m3 = p.reduce((s, v, i) => s + v * offsets[i]! ** 3, 0);
    const m4 = p.reduce((s, v, i) => s + v * offsets[i]! ** 4, 0);
    return { p, m1, m2, m3, m4, logZ: Math.log(z) + top };
  };
  const dual = (x: number, y: number) => moments(x, y).logZ - y * variance;
  for (let iteration = 0; iteration < 200; iteration += 1) {
    const { m1, m2, m3, m4 } = moments(a, b);
    const g1 = m1;
    const g2 = m2 - variance;
    if (Math.abs(g1) < 1e-15 && Math.abs(g2) < 1e-14) break;
    // Hessian of the dual = covariance of (d, d²).
    const h11 = m2 - m1 * m1;
    const h12 = m3 - m1 * m2;
    const h22 = m4 - m2 * m2;
    const det = h11 * h22 - h12 * h12;
    const stepA = (h22 * g1 - h12 * g2) / det;
    const stepB = (h11 * g2 - h12 * g1) / det;
    // Backtracking keeps Newton's method stable far from the optimum.
    let t = 1;
    const current = dual(a, b);
    while (t > 1e-12 && dual(a - t * stepA, b - t * stepB) > current + 1e-18) t /= 2;
    a -= t * stepA;
    b -= t * stepB;
  }
  return moments(a, b).p;
}

/** Whole numbers summing to exactly 2³² (largest-remainder rounding, ties to the lower index). */
export function toKeyWeights(probabilities: readonly number[]): number[] {
  const scaled = probabilities.map((p) => p * KEY_SPACE);
  const weights = scaled.map((v) => Math.floor(v));
  let missing = KEY_SPACE - weights.reduce((s, v) => s + v, 0);
  const order = scaled.map((v, i) => ({ i, r: v - Math.floor(v) })).sort((x, y) => y.r - x.r || x.i - y.i);
  for (let k = 0; missing > 0; k = (k + 1) % order.length, missing -= 1) weights[order[k]!.i]! += 1;
  return weights;
}

export function buildPtable(parameters: PtableParameters = DEFAULT_PTABLE_PARAMETERS): Ptable {
  const lastCount = parameters.maxDeviation + parameters.js + 1;
  const rows: PtableRow[] = [];
  for (let count = 0; count <= lastCount; count += 1) {
    const offsets = supportOf(count, parameters);
    rows.push({ count, offsets, weights: toKeyWeights(maxEntropyDistribution(offsets, parameters.variance)) });
  }
  return { parameters: { ...parameters }, rows };
}

/** The text the checksum is taken over (stable key order, no whitespace). */
export function canonicalPtableText(table: Ptable): string {
  const { maxDeviation, variance, js } = table.parameters;
  return JSON.stringify({
    parameters: { maxDeviation, variance, js },
    rows: table.rows.map(({ count, offsets, weights }) => ({ count, offsets, weights })),
  });
}

/** Row of a count: the last row stands for every larger count. */
export function rowFor(table: Ptable, count: number): PtableRow {
  const rows = table.rows;
  return rows[Math.min(count, rows.length - 1)]!;
}

/** Noise for an original count and a cell key given as a whole number in [0, 2³²). */
export function noiseFor(table: Ptable, count: number, cellKey: number): number {
  if (count === 0) return 0;
  const row = rowFor(table, count);
  let upper = 0;
  for (let index = 0; index < row.offsets.length; index += 1) {
    upper += row.weights[index]!;
    if (cellKey < upper) return row.offsets[index]!;
  }
  return row.offsets.at(-1)!;
}
