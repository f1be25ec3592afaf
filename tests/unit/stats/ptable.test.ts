import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderPtableModule } from '../../../src/main/stats/generatePtable';
import { KEY_SPACE, buildPtable, canonicalPtableText, noiseFor, rowFor } from '../../../src/shared/stats/ptable';
import { PTABLE, PTABLE_CHECKSUM } from '../../../src/shared/stats/ptable.generated';
import { seededRandom } from '../helpers/statsPopulation';

const { maxDeviation, variance, js } = PTABLE.parameters;

describe('ptable (D=3, V=2.25, js=2)', () => {
  test('intervals partition [0, 1): whole weights of 2⁻³² that sum to exactly 2³²', () => {
    for (const row of PTABLE.rows) {
      expect(row.weights.every((weight) => Number.isInteger(weight) && weight > 0)).toBe(true);
      expect(row.weights.reduce((sum, weight) => sum + weight, 0)).toBe(KEY_SPACE);
      expect(row.offsets).toEqual([...row.offsets].sort((left, right) => left - right));
      expect(new Set(row.offsets).size).toBe(row.offsets.length);
    }
  });

  test('every row is unbiased with variance 2.25, no forbidden targets, deviation at most 3, zero fixed', () => {
    expect(PTABLE.rows[0]).toEqual({ count: 0, offsets: [0], weights: [KEY_SPACE] });
    for (const row of PTABLE.rows.slice(1)) {
      const p = row.weights.map((weight) => weight / KEY_SPACE);
      const mean = p.reduce((sum, value, index) => sum + value * row.offsets[index]!, 0);
      const second = p.reduce((sum, value, index) => sum + value * row.offsets[index]! ** 2, 0);
      expect(Math.abs(mean)).toBeLessThan(1e-8);
      expect(Math.abs(second - variance)).toBeLessThan(1e-8);
      for (const offset of row.offsets) {
        const published = row.count + offset;
        expect(Math.abs(offset)).toBeLessThanOrEqual(maxDeviation);
        expect(published).toBeGreaterThanOrEqual(0);
        expect(published >= 1 && published <= js).toBe(false);
      }
    }
    // DOMAIN.md: count 1 is published as 0 (p=0.6875), 3 (0.25) or 4 (0.0625).
    expect(rowFor(PTABLE, 1)).toEqual({
      count: 1,
      offsets: [-1, 2, 3],
      weights: [0.6875 * KEY_SPACE, 0.25 * KEY_SPACE, 0.0625 * KEY_SPACE],
    });
    // From count 6 on the support is symmetric: one row for all larger counts, symmetric weights.
    const last = rowFor(PTABLE, 1000);
    expect(last.count).toBe(maxDeviation + js + 1);
    expect(last.weights).toEqual([...last.weights].reverse());
  });

  test('the committed file is what the construction computes, and its checksum matches', () => {
    const rebuilt = buildPtable(PTABLE.parameters);
    expect(rebuilt).toEqual(PTABLE);
    expect(createHash('sha256').update(canonicalPtableText(rebuilt)).digest('hex')).toBe(PTABLE_CHECKSUM);
    const committed = readFileSync(join(__dirname, '../../../src/shared/stats/ptable.generated.ts'), 'utf8');
    expect(committed).toBe(renderPtableModule(rebuilt));
  });

  test('empirical noise over 10,000 random cell keys matches the ptable (chi-square, fixed seed)', () => {
    const random = seededRandom(20261121);
    // Critical values of chi-square at p = 0.001 by degrees of freedom.
    const critical: Record<number, number> = { 2: 13.82, 3: 16.27, 4: 18.47, 5: 20.52, 6: 22.46 };
    for (const count of [1, 2, 3, 4, 5, 6, 17]) {
      const row = rowFor(PTABLE, count);
      const observed = new Map<number, number>();
      for (let draw = 0; draw < 10_000; draw += 1) {
        // A cell key is the sum of the contributors' record keys mod 2³².
        let key = 0;
        for (let contributor = 0; contributor < Math.min(count, 5); contributor += 1) key = (key + Math.floor(random() * KEY_SPACE)) >>> 0;
        const noise = noiseFor(PTABLE, count, key);
        observed.set(noise, (observed.get(noise) ?? 0) + 1);
      }
      let chiSquare = 0;
      row.offsets.forEach((offset, index) => {
        const expected = (10_000 * row.weights[index]!) / KEY_SPACE;
        chiSquare += ((observed.get(offset) ?? 0) - expected) ** 2 / expected;
      });
      expect([...observed.keys()].every((noise) => row.offsets.includes(noise))).toBe(true);
      expect(chiSquare).toBeLessThan(critical[row.offsets.length - 1]!);
    }
  });
});
