import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createCore, type Core } from '../src/main/app/createCore';
import { DOCUMENT_BYTES_MARK, DOCUMENT_PAINTED_MARK } from '../src/renderer/src/documents/marks';
import { benchPdf } from './documents.bench';
import { sampleCaseFields } from '../tests/unit/helpers/sampleCaseFields';
import { findChromium, openApp } from './renderer.bench';
import { median, percentile, type BenchResult } from './stats';

/**
 * `documents.open` in the renderer: a 20 MB PDF, from the moment its bytes are in the window to the
 * first page painted by pdf.js (User Timing marks set by the viewer). Playwright's binding moves
 * the bytes as base64, far slower than Electron's IPC, so the whole click → painted time is
 * reported separately as `with_transport_median_ms`.
 */
const RENDERER_DIR = path.resolve(__dirname, '../out/renderer');
const KDF = { memoryCost: 8192, timeCost: 1, parallelism: 1 };
const ACCOUNTS = {
  supervisor: { name: 'Bench Leitung', passphrase: 'Benchmark Leitung Kennwort 1' },
  counsellor: { name: 'Bench Beratung', passphrase: 'Benchmark Beratung Kennwort 2' },
};

async function invoke(core: Core, channel: string, payload: unknown): Promise<unknown> {
  const result = await core.invoke(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}

export async function benchDocumentViewer(options: { quick: boolean }): Promise<BenchResult[]> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) return [];
  const folder = mkdtempSync(path.join(tmpdir(), 'fallbuch-bench-viewer-'));
  const vaultDir = path.join(folder, 'Tresor');
  mkdirSync(path.join(folder, 'config'));
  const core = createCore({ configDir: path.join(folder, 'config'), defaultVaultDir: vaultDir, kdf: KDF });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--no-first-run'],
  });
  try {
    await invoke(core, 'vault:setup', { vaultDir, ...ACCOUNTS });
    const { id: caseId, code } = (await invoke(core, 'cases:create', {
      fields: sampleCaseFields({ familyName: 'Bench', givenNames: 'Viewer' }),
    })) as { id: string; code: string };
    const pdf = await benchPdf(20, 40);
    await invoke(core, 'documents:addFiles', {
      caseId,
      details: { kind: 'notice', date: '2026-01-05', note: '', link: null },
      files: [{ name: 'Gross.pdf', bytes: pdf }],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', serviceWorkers: 'block' });
    const page = await context.newPage();
    await openApp(page, core);
    await page
      .getByRole('row', { name: new RegExp(code) })
      .first()
      .click();
    await page.getByRole('tab', { name: /^Dokumente/ }).click();
    const firstPage: number[] = [];
    const withTransport: number[] = [];
    for (let run = 0; run < (options.quick ? 2 : 5); run += 1) {
      const started = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Gross.pdf ansehen' }).click();
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DOCUMENT_PAINTED_MARK, { timeout: 120_000 });
      const marks = await page.evaluate(
        (names) => ({
          bytes: performance.getEntriesByName(names.bytes).at(-1)?.startTime ?? 0,
          painted: performance.getEntriesByName(names.painted)[0]?.startTime ?? 0,
        }),
        { bytes: DOCUMENT_BYTES_MARK, painted: DOCUMENT_PAINTED_MARK },
      );
      firstPage.push(marks.painted - marks.bytes);
      withTransport.push(marks.painted - started);
      await page.keyboard.press('Escape');
      await page.evaluate(() => performance.clearMarks());
    }
    await context.close();
    return [
      {
        name: 'documents.open',
        where: 'renderer',
        bytes: pdf.length,
        median_ms: median(firstPage),
        p99_ms: percentile(firstPage, 99),
        with_transport_median_ms: median(withTransport),
      },
    ];
  } finally {
    await browser.close();
    await core.dispose();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void benchDocumentViewer({ quick: process.argv.includes('--quick') }).then((results) => console.log(JSON.stringify(results, null, 2)));
}
