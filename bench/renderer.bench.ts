import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createCore, type Core } from '../src/main/app/createCore';
import { appResponseHeaders, mimeTypeFor } from '../src/main/shell/requestPolicy';
import type { CaseSummary } from '../src/shared/cases/domain';
import { filterCaseRows, NO_FILTERS, toCaseRows } from '../src/renderer/src/cases/list/caseRows';
import { CASES_LOADED_MARK } from '../src/renderer/src/cases/list/useCaseSummaries';
import { median, percentile, round, type BenchResult } from './stats';
import { seedVaultFolder } from './synthetic';
import { ANSWERED_MARK, measureUnlockToList, recordTime, SENT_MARK, type ChannelTimes } from './rendererUnlock';

/**
 * Renderer figures in Chromium (ARCHITECTURE.md §3 item 4): the built renderer (`out/renderer`)
 * against a real core with 5,000 and 50,000 synthetic cases (one journal entry each: no figure here
 * reads the journal), served like the E2E bench (fixed origin, the core behind `exposeBinding`, no
 * server, no port).
 * - renderer.list.first_render: the case summaries have arrived in the window (a User Timing mark
 *   set by useCaseSummaries) → the grid of 5,000 rows is rendered and painted. The transport is
 *   left out because Playwright's binding is far slower than Electron's IPC for 2 MB of JSON; the
 *   whole path (click on "Fälle" → painted, core query and binding included) is reported as
 *   `with_transport_median_ms`;
 * - renderer.list.filter: one quick-filter keystroke → the filtered list painted;
 * - renderer.unlock.cases_painted: unlock → the case list's first screen painted, and → the whole
 *   list painted (rendererUnlock.ts).
 * Figures only, nothing asserted.
 */
const REPO_ROOT = path.resolve(__dirname, '..');
const RENDERER_DIR = path.join(REPO_ROOT, 'out/renderer');
const ORIGIN = 'https://fallbuch.invalid';
const SIZES = [5000, 50_000];
const CHEAP_KDF = { memoryCost: 8192, timeCost: 1, parallelism: 1 };
const ACCOUNTS = {
  supervisor: { name: 'Bench Leitung', passphrase: 'Benchmark Leitung Kennwort 1' },
  counsellor: { name: 'Bench Beratung', passphrase: 'Benchmark Beratung Kennwort 2' },
};
/** Typed one letter at a time into the quick filter: names of the synthetic mix and a code part. */
const FILTER_WORDS = ['haidari', 'diallo', 'yilmaz', 'kovalenko', 'ben-2026-01'];

export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((candidate): candidate is string =>
    Boolean(candidate && existsSync(candidate)),
  );
}

async function invoke(core: Core, channel: string, payload: unknown): Promise<unknown> {
  const result = (await core.invoke(channel, payload)) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

async function bridgeScript(): Promise<string> {
  const bundle = await build({
    entryPoints: [path.join(REPO_ROOT, 'src/shared/contract/api.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'fallbuchShared',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return `(() => { ${bundle.outputFiles[0]?.text ?? ''}
// Every call's start and answer as User Timing marks (they stay in this window), for the bench's breakdowns.
// The case list's first screen (its 'first' rows) is marked apart from the whole list.
const timed = (c, p) => {
  const key = c + (p && p.first ? '#first' : '');
  performance.mark(${JSON.stringify(SENT_MARK)} + key);
  return window.__fallbuchInvoke(c, p).finally(() => performance.mark(${JSON.stringify(ANSWERED_MARK)} + key));
};
Object.defineProperty(window, 'fallbuch', { value: fallbuchShared.createApi(timed), writable: false });
})();`;
}

/** Opens the app; it shows "Heute" when the core is unlocked, the unlock screen otherwise. */
export async function openApp(page: Page, core: Core, times?: ChannelTimes): Promise<void> {
  await page.exposeBinding('__fallbuchInvoke', async (_source, channel: unknown, payload: unknown) => {
    const started = performance.now();
    const answer = await core.invoke(String(channel), payload);
    if (times) {
      const key = `${String(channel)}${payload && typeof payload === 'object' && 'first' in payload ? '#first' : ''}`;
      recordTime(times, key, performance.now() - started);
      // Electron's IPC copies an answer with V8's structured-clone serializer; the same round trip in
      // Node estimates what the transfer would cost there (Playwright's binding goes through JSON).
      const cloneStarted = performance.now();
      deserialize(serialize(answer));
      recordTime(times, `${key}#clone`, performance.now() - cloneStarted);
    }
    return answer;
  });
  await page.addInitScript({ content: await bridgeScript() });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = path.resolve(RENDERER_DIR, decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html');
    if (url.origin !== ORIGIN || !file.startsWith(RENDERER_DIR + path.sep) || !existsSync(file)) {
      await route.abort('blockedbyclient');
      return;
    }
    await route.fulfill({ status: 200, headers: appResponseHeaders(mimeTypeFor(file)), body: readFileSync(file) });
  });
  await page.goto(`${ORIGIN}/index.html`);
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .or(page.getByRole('button', { name: 'Entsperren' }))
    .waitFor({ timeout: 60_000 });
}

/**
 * Click on "Fälle" → the grid holds the `total` open cases and a frame has been painted. Returns
 * the time from the data's arrival (the mark) and from the click.
 */
async function measureFirstRender(page: Page, total: number): Promise<{ render: number; withTransport: number }> {
  // Away to a light screen first, so every run mounts the list from scratch.
  await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
  return page.evaluate(
    async ({ rowCount, mark }) => {
      const link = [...document.querySelectorAll<HTMLAnchorElement>('nav a')].find((anchor) => anchor.textContent?.trim() === 'Fälle');
      if (!link) throw new Error('no "Fälle" link');
      const started = performance.now();
      link.click();
      // (No named helpers in here: the bench's TypeScript loader would wrap them in a helper the page lacks.)
      while (!document.querySelector(`[role="grid"][aria-rowcount="${rowCount + 1}"] [role="row"][data-code]`)) {
        if (performance.now() - started > 60_000) throw new Error('the list did not appear within 60 s');
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const painted = performance.now();
      const loaded = performance.getEntriesByName(mark).at(-1)?.startTime ?? started;
      return { render: painted - loaded, withTransport: painted - started };
    },
    { rowCount: total, mark: CASES_LOADED_MARK },
  );
}

/** Sets the quick filter as typing does (React's input event) and waits for the count and a paint. */
async function measureKeystroke(page: Page, text: string, expectedCount: string): Promise<number> {
  return page.evaluate(
    async ({ value, expected }) => {
      const input = [...document.querySelectorAll<HTMLInputElement>('input')].find(
        (element) => element.labels?.[0]?.textContent === 'Suchen',
      );
      const count = document.querySelector('.row-count');
      if (!input || !count) throw new Error('no quick filter');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      const started = performance.now();
      setValue?.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (!count.textContent?.startsWith(`${expected} von`)) {
        if (performance.now() - started > 30_000) throw new Error(`the count stayed at "${count.textContent ?? ''}", expected ${expected}`);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - started;
    },
    { value: text, expected: expectedCount },
  );
}

export async function benchRenderer(options: { quick: boolean; sizes?: readonly number[] }): Promise<BenchResult[]> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    console.log('renderer bench skipped: out/renderer is missing (run `npx electron-vite build` first)');
    return [];
  }
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const results: BenchResult[] = [];
  try {
    for (const cases of options.sizes ?? (options.quick ? SIZES.slice(0, 1) : SIZES))
      results.push(...(await benchSize(browser, cases, options)));
  } finally {
    await browser.close();
  }
  return results;
}

async function benchSize(browser: Browser, cases: number, options: { quick: boolean }): Promise<BenchResult[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'fallbuch-bench-renderer-'));
  const vaultDir = path.join(folder, 'Tresor');
  mkdirSync(path.join(folder, 'config'));
  const core = createCore({ configDir: path.join(folder, 'config'), defaultVaultDir: vaultDir, kdf: CHEAP_KDF });
  const log = (line: string) => console.log(`  renderer bench ${cases}: ${line}`);
  try {
    const { recoveryKey } = (await invoke(core, 'vault:setup', { vaultDir, ...ACCOUNTS })) as { recoveryKey: string };
    await invoke(core, 'vault:lock', {});
    const seedStarted = performance.now();
    seedVaultFolder(vaultDir, recoveryKey, { count: cases, entriesPerCase: 1 });
    log(`seeded ${cases} cases in ${Math.round((performance.now() - seedStarted) / 1000)} s`);
    await invoke(core, 'vault:unlock', { account: ACCOUNTS.counsellor.name, passphrase: ACCOUNTS.counsellor.passphrase });
    const summaries = (await invoke(core, 'cases:list', { includeClosed: true })) as CaseSummary[];
    const today = new Date().toISOString().slice(0, 10);
    const rows = toCaseRows(summaries, today);
    const openCount = filterCaseRows(rows, NO_FILTERS, '').length;

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', serviceWorkers: 'block' });
    const page = await context.newPage();
    const times: ChannelTimes = { byChannel: new Map() };
    await openApp(page, core, times);
    log('app open');

    const unlock = await measureUnlockToList(page, {
      passphrase: ACCOUNTS.counsellor.passphrase,
      rowCount: openCount,
      cases: summaries.length,
      runs: options.quick ? 3 : cases > 5000 ? 7 : 10,
      times,
      log,
    });

    const renders: number[] = [];
    const withTransport: number[] = [];
    for (let run = 0; run < (options.quick || cases > 5000 ? 3 : 10); run += 1) {
      const measured = await measureFirstRender(page, openCount);
      renders.push(measured.render);
      withTransport.push(measured.withTransport);
    }

    log(`first render: ${renders.map((value) => Math.round(value)).join(', ')} ms`);
    const keystrokes: number[] = [];
    for (const word of options.quick || cases > 5000 ? FILTER_WORDS.slice(0, 2) : FILTER_WORDS) {
      let previous = openCount;
      for (let length = 1; length <= word.length; length += 1) {
        const expected = filterCaseRows(rows, NO_FILTERS, word.slice(0, length)).length;
        // A keystroke that changes nothing shows nothing new to wait for; it is not a sample.
        if (expected === previous) continue;
        keystrokes.push(await measureKeystroke(page, word.slice(0, length), expected.toLocaleString('de-DE')));
        previous = expected;
      }
      await measureKeystroke(page, '', openCount.toLocaleString('de-DE'));
    }
    await context.close();
    return [
      unlock,
      {
        name: 'renderer.list.first_render',
        cases: summaries.length,
        median_ms: median(renders),
        p99_ms: percentile(renders, 99),
        runs: renders.length,
        max_ms: round(Math.max(...renders)),
        with_transport_median_ms: median(withTransport),
      },
      {
        name: 'renderer.list.filter',
        cases: summaries.length,
        median_ms: median(keystrokes),
        p99_ms: percentile(keystrokes, 99),
        keystrokes: keystrokes.length,
        max_ms: round(Math.max(...keystrokes)),
      },
    ];
  } finally {
    await core.dispose();
    rmSync(folder, { recursive: true, force: true });
  }
}

// `node --import tsx bench/renderer.bench.ts [--quick]` runs this bench alone.
if (require.main === module) {
  const sizes = process.argv.find((argument) => argument.startsWith('--sizes='));
  void benchRenderer({
    quick: process.argv.includes('--quick'),
    ...(sizes ? { sizes: sizes.slice('--sizes='.length).split(',').map(Number) } : {}),
  }).then((results) => console.log(JSON.stringify(results, null, 2)));
}
