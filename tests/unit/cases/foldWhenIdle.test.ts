import { beforeEach, describe, expect, test, vi } from 'vitest';
import { sampleCaseSummary } from '../helpers/sampleCaseSummary';
import type * as MaskNames from '../../../src/renderer/src/ui/privacyMode/maskNames';

// Counts the folds: the quick filter's text per row is folded once, ahead of the first keystroke.
vi.mock('../../../src/renderer/src/ui/privacyMode/maskNames', async (importOriginal) => {
  const actual = await importOriginal<typeof MaskNames>();
  return { ...actual, foldText: vi.fn(actual.foldText) };
});

const { foldText } = await import('../../../src/renderer/src/ui/privacyMode/maskNames');
const { filterCaseRows, foldWhenIdle, NO_FILTERS, toCaseRows } = await import('../../../src/renderer/src/cases/list/caseRows');

/** Idle callbacks run by the test, each with room for `perSlice` rows. */
function fakeIdle(perSlice: number) {
  const queue = new Map<number, (deadline: { timeRemaining: () => number }) => void>();
  let next = 1;
  let slices = 0;
  return {
    scheduler: {
      request: (work: (deadline: { timeRemaining: () => number }) => void) => {
        queue.set(next, work);
        return next++;
      },
      cancel: (handle: number) => queue.delete(handle),
    },
    runAll(): number {
      while (queue.size > 0) {
        const [handle, work] = [...queue][0] ?? [];
        if (handle === undefined || !work) break;
        queue.delete(handle);
        slices += 1;
        let room = perSlice;
        work({ timeRemaining: () => (--room > 0 ? 10 : 0) });
      }
      return slices;
    },
  };
}

function rows(count: number) {
  const summaries = Array.from({ length: count }, (_, index) =>
    sampleCaseSummary({ id: `id-${index}`, code: `FB-2026-${String(index + 1).padStart(4, '0')}`, familyName: `Person${index}` }),
  );
  return toCaseRows(summaries, '2026-11-21');
}

// (A function returned from beforeEach would run as its clean-up: braces, not the mock itself.)
beforeEach(() => {
  vi.mocked(foldText).mockClear();
});

describe('the quick filter folds while the window is idle', () => {
  test('every row is folded once, in slices; the first keystroke then folds only the typed text', () => {
    const list = rows(250);
    const idle = fakeIdle(40);
    foldWhenIdle(list, idle.scheduler);
    expect(foldText).not.toHaveBeenCalled();
    expect(idle.runAll()).toBeGreaterThan(5);
    expect(foldText).toHaveBeenCalledTimes(250);

    vi.mocked(foldText).mockClear();
    expect(filterCaseRows(list, NO_FILTERS, 'person12').map((row) => row.familyName)).toEqual([
      'Person12',
      ...Array.from({ length: 10 }, (_, index) => `Person${120 + index}`),
    ]);
    expect(foldText).toHaveBeenCalledTimes(1);
  });

  test('stopped before it ran (new rows, page left): nothing is folded', () => {
    const idle = fakeIdle(40);
    const stop = foldWhenIdle(rows(100), idle.scheduler);
    stop();
    expect(idle.runAll()).toBe(0);
    expect(foldText).not.toHaveBeenCalled();
  });
});
