import type { Page } from '@playwright/test';
import { CASES_LOADED_MARK } from '../src/renderer/src/cases/list/useCaseSummaries';
import { median, percentile, round, type BenchResult } from './stats';

/**
 * `renderer.unlock.cases_painted` (issue 16): the unlock screen's "Entsperren" is clicked → the
 * core's `vault:unlock` answer arrives (key derivation with the bench's cheap KDF, the unlock's
 * checks) → "Heute" mounts, the bench clicks "Fälle" as soon as the navigation is there → the case
 * list's grid holds every open case and a frame has been painted. Each run locks the vault through
 * the header's "Sperren" first, so the signed-in tree is mounted from scratch. On the way, the
 * list's first screen (its first open cases, asked for before the whole list) is painted: that
 * moment is `first_screen_*`.
 *
 * Breakdown from the bench bridge's User Timing marks (`fallbuch.bench.sent:<channel>` and
 * `fallbuch.bench.answered:<channel>`, set around every call in the window) and the core's own
 * time for `cases:list` (measured around `core.invoke` in Node): transfer = sent → answered minus
 * the core's time (Playwright's binding, far slower than Electron's IPC for megabytes of JSON);
 * render = the list's data in the window (the `fallbuch.cases.loaded` mark) → painted.
 */
export interface ChannelTimes {
  /** The core's time of each call, by channel, in call order (Node side of the binding). */
  readonly byChannel: Map<string, number[]>;
}

export function recordTime(times: ChannelTimes, key: string, ms: number): void {
  const list = times.byChannel.get(key) ?? [];
  list.push(ms);
  times.byChannel.set(key, list);
}

export const SENT_MARK = 'fallbuch.bench.sent:';
export const ANSWERED_MARK = 'fallbuch.bench.answered:';

interface UnlockSample {
  fromSubmit: number;
  fromAnswer: number;
  /** The unlock answer → the first screen of rows painted (before the whole list is there). */
  firstScreenFromAnswer: number;
  /** The same with the first screen's transfer through Playwright's binding replaced by the clone estimate. */
  firstScreenElectron: number;
  unlockAnswer: number;
  toListRequest: number;
  listRoundTrip: number;
  listLoadedToPainted: number;
}

async function lockAndFill(page: Page, passphrase: string): Promise<void> {
  await page.getByRole('button', { name: /^Sperren/ }).click();
  const field = page.getByLabel('Kennwort', { exact: true });
  await field.waitFor({ timeout: 60_000 });
  await field.fill(passphrase);
}

async function unlockOnce(
  page: Page,
  rowCount: number,
): Promise<
  Omit<UnlockSample, 'listRoundTrip' | 'firstScreenElectron'> & { listSent: number; listAnswered: number; firstRoundTrip: number }
> {
  return page.evaluate(
    async ({ rows, loadedMark, sent, answered }) => {
      const submit = [...document.querySelectorAll<HTMLButtonElement>('button[type="submit"]')].find(
        (button) => button.textContent?.trim() === 'Entsperren',
      );
      if (!submit) throw new Error('no "Entsperren" button');
      const started = performance.now();
      submit.click();
      // (No named helpers in here: the bench's TypeScript loader would wrap them in a helper the page lacks.)
      let link: HTMLAnchorElement | undefined;
      while (!link) {
        if (performance.now() - started > 120_000) throw new Error('no navigation within 120 s after the unlock');
        await new Promise((resolve) => requestAnimationFrame(resolve));
        link = [...document.querySelectorAll<HTMLAnchorElement>('nav a')].find((anchor) => anchor.textContent?.trim() === 'Fälle');
      }
      link.click();
      let firstScreen = Number.NaN;
      while (!document.querySelector(`[role="grid"][aria-rowcount="${rows + 1}"] [role="row"][data-code]`)) {
        if (performance.now() - started > 120_000) throw new Error('the list did not appear within 120 s after the unlock');
        if (Number.isNaN(firstScreen) && document.querySelector('[role="grid"] [role="row"][data-code]')) {
          // The first rows are in the DOM: after the next frame they are on the screen.
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          firstScreen = performance.now();
          continue;
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const painted = performance.now();
      const names = [
        `${answered}vault:unlock`,
        `${sent}cases:list`,
        `${answered}cases:list`,
        loadedMark,
        `${sent}cases:list#first`,
        `${answered}cases:list#first`,
      ];
      const [
        unlockAnswered = Number.NaN,
        listSent = Number.NaN,
        listAnswered = Number.NaN,
        loaded = Number.NaN,
        firstSent = Number.NaN,
        firstAnswered = Number.NaN,
      ] = names.map(
        (name) =>
          performance
            .getEntriesByName(name)
            .map((entry) => entry.startTime)
            .filter((time) => time >= started)
            .at(-1) ?? Number.NaN,
      );
      return {
        fromSubmit: painted - started,
        fromAnswer: painted - unlockAnswered,
        // Painted in one go (a small vault): the first screen was the whole list.
        firstScreenFromAnswer: (Number.isNaN(firstScreen) ? painted : firstScreen) - unlockAnswered,
        unlockAnswer: unlockAnswered - started,
        toListRequest: listSent - unlockAnswered,
        listSent,
        listAnswered,
        listLoadedToPainted: painted - loaded,
        firstRoundTrip: firstAnswered - firstSent,
      };
    },
    { rows: rowCount, loadedMark: CASES_LOADED_MARK, sent: SENT_MARK, answered: ANSWERED_MARK },
  );
}

/** Locks and unlocks `runs` times; the page must show the signed-in app of the counsellor. */
export async function measureUnlockToList(
  page: Page,
  options: { passphrase: string; rowCount: number; cases: number; runs: number; times: ChannelTimes; log: (line: string) => void },
): Promise<BenchResult> {
  const samples: UnlockSample[] = [];
  const listCore: number[] = [];
  const transfer: number[] = [];
  const inWindow: number[] = [];
  const cloneEstimate: number[] = [];
  const electronEstimate: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    await lockAndFill(page, options.passphrase);
    const coreCallsBefore = options.times.byChannel.get('cases:list')?.length ?? 0;
    const measured = await unlockOnce(page, options.rowCount);
    const coreCalls = options.times.byChannel.get('cases:list') ?? [];
    const core = coreCalls.length > coreCallsBefore ? (coreCalls.at(-1) ?? Number.NaN) : Number.NaN;
    const clone = options.times.byChannel.get('cases:list#clone')?.at(-1) ?? Number.NaN;
    const roundTrip = measured.listAnswered - measured.listSent;
    const firstCore = options.times.byChannel.get('cases:list#first')?.at(-1) ?? Number.NaN;
    const firstClone = options.times.byChannel.get('cases:list#first#clone')?.at(-1) ?? Number.NaN;
    // The first screen's own trip through Playwright's binding, replaced by its clone estimate.
    const firstTransferExcess = measured.firstRoundTrip - firstCore - firstClone;
    const firstScreenElectron = measured.firstScreenFromAnswer - firstTransferExcess;
    samples.push({ ...measured, listRoundTrip: roundTrip, firstScreenElectron });
    listCore.push(core);
    transfer.push(roundTrip - core);
    inWindow.push(measured.listLoadedToPainted);
    cloneEstimate.push(clone);
    // Both trips of the list (its first screen, then the whole) with Electron's transfer instead of Playwright's.
    electronEstimate.push(measured.fromAnswer - (roundTrip - core) + clone - firstTransferExcess);
    options.log(
      `unlock ${run + 1}: ${Math.round(measured.fromSubmit)} ms from the click (answer after ${Math.round(measured.unlockAnswer)} ms, ` +
        `first screen ${Math.round(measured.firstScreenFromAnswer)} ms after it, Electron estimate ${Math.round(firstScreenElectron)} ms, ` +
        `its cases:list core ${Math.round(firstCore)} ms), ` +
        `cases:list core ${Math.round(core)} ms + transfer ${Math.round(roundTrip - core)} ms, data → painted ${Math.round(measured.listLoadedToPainted)} ms, clone estimate ${Math.round(clone)} ms`,
    );
  }
  const figure = (pick: (sample: UnlockSample) => number) => median(samples.map(pick));
  const fromAnswer = samples.map((sample) => sample.fromAnswer);
  const fromSubmit = samples.map((sample) => sample.fromSubmit);
  return {
    name: 'renderer.unlock.cases_painted',
    cases: options.cases,
    rows: options.rowCount,
    // The figure: after key derivation (the core's unlock answer in the window) → painted.
    median_ms: median(fromAnswer),
    p99_ms: percentile(fromAnswer, 99),
    p95_ms: percentile(fromAnswer, 95),
    runs: samples.length,
    // The first rows on the screen (the list's first screen, asked for before the whole list).
    first_screen_median_ms: figure((sample) => sample.firstScreenFromAnswer),
    first_screen_electron_estimate_median_ms: figure((sample) => sample.firstScreenElectron),
    first_screen_electron_estimate_p95_ms: percentile(
      samples.map((sample) => sample.firstScreenElectron),
      95,
    ),
    from_submit_median_ms: median(fromSubmit),
    from_submit_p95_ms: percentile(fromSubmit, 95),
    unlock_answer_median_ms: figure((sample) => sample.unlockAnswer),
    answer_to_list_request_median_ms: figure((sample) => sample.toListRequest),
    cases_list_core_median_ms: median(listCore),
    cases_list_transfer_median_ms: median(transfer),
    data_to_painted_median_ms: median(inWindow),
    cases_list_clone_estimate_median_ms: median(cloneEstimate),
    // From the answer to painted with the binding's transfer replaced by the structured-clone estimate.
    electron_estimate_median_ms: median(electronEstimate),
    electron_estimate_p95_ms: percentile(electronEstimate, 95),
    samples_from_answer_ms: fromAnswer.map(round),
  };
}
