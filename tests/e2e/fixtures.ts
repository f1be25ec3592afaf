import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type TestInfo } from '@playwright/test';
import { createCore, type Core } from '../../src/main/app/createCore';
import type { MachinePolicy } from '../../src/shared/policy/domain';
import { APP_ORIGIN, APP_URL, connectPageToCore } from '../../scripts/lib/browserBridge';

export { APP_ORIGIN, APP_URL };

/** Cheap fixed Argon2id parameters: the bench tests the UI, not the key derivation cost. */
const TEST_KDF = { memoryCost: 8192, timeCost: 1, parallelism: 1 };

export const PEOPLE = {
  supervisor: { name: 'Petra Leitner', passphrase: 'Leitung prüft das Protokoll 2026' },
  counsellor: { name: 'Samira Berger', passphrase: 'Beratung braucht Vertrauen 7' },
} as const;

export interface Bench {
  core: Core;
  tempDir: string;
  /** What `vault:suggestLocation` proposes. */
  defaultVaultDir: string;
  /** What the fake folder dialog returns. */
  chosenVaultDir: string;
  /** Where the fake "save as" dialog puts files (the default name inside this folder). */
  saveDir: string;
  /** What the fake "open" dialog returns next (set by the test; null means cancelled). */
  setOpenFiles: (files: string[] | null) => void;
  /** Every channel the page has called, in order (payloads are not kept: they hold passphrases). */
  calls: string[];
  /** Moves the core's clock forward (auto-lock and throttle without waiting). */
  advanceClock: (milliseconds: number) => void;
  /** Sets the vault up through the core (not the UI) and locks it; returns the recovery key. */
  setUpVault: () => Promise<string>;
  /** Opens the app in the page. */
  open: () => Promise<void>;
  /**
   * Holds the access-log check between two batches until the returned function is called (the test
   * sees the progress bar and cancels; no sleeps). The check runs in batches of 8 entries here.
   */
  holdAuditCheck: () => () => void;
  /** Holds the page's calls of `channel` whose payload `matches` (before they reach the core) until the returned function is called. */
  holdCalls: (channel: string, matches: (payload: unknown) => boolean) => () => void;
  /** Axe scan (every rule: WCAG 2.x A/AA and best practices, all impacts) with zero violations, and a full-page screenshot. */
  checkScreen: (name: string) => Promise<void>;
}

export function screenshotPath(testInfo: TestInfo, name: string): string {
  return path.join(testInfo.project.outputDir, 'screens', `${name}.png`);
}

/** Where the tests say the machine policy came from (the Windows path IT uses). */
export const POLICY_FILE = 'C:\\ProgramData\\Fallbuch\\policy.json';

export const test = base.extend<{ bench: Bench; machinePolicy: MachinePolicy | null }>({
  // A machine policy for the core, set per file with `test.use({ machinePolicy: … })`.
  machinePolicy: [null, { option: true }],
  bench: async ({ page, machinePolicy }, use, testInfo) => {
    const tempDir = await mkdtemp(path.join(tmpdir(), 'fallbuch-e2e-'));
    const defaultVaultDir = path.join(tempDir, 'Tresor');
    const chosenVaultDir = path.join(tempDir, 'Gewählt');
    const saveDir = path.join(tempDir, 'Ablage');
    let openFiles: string[] | null = null;
    let clockOffset = 0;
    const auditCheckHold: { current: { promise: Promise<void>; release: () => void } | null } = { current: null };
    const core = createCore({
      configDir: path.join(tempDir, 'config'),
      defaultVaultDir,
      kdf: TEST_KDF,
      now: () => new Date(Date.now() + clockOffset),
      ...(machinePolicy ? { policy: { rules: machinePolicy, file: POLICY_FILE } } : {}),
      auditVerify: { batchRows: 8, pause: () => auditCheckHold.current?.promise ?? Promise.resolve() },
      ports: {
        chooseFolder: async () => chosenVaultDir,
        chooseSaveFile: async ({ defaultName }) => path.join(saveDir, defaultName),
        chooseOpenFiles: async () => openFiles,
      },
    });
    await mkdir(path.join(tempDir, 'config'), { recursive: true });
    await mkdir(saveDir, { recursive: true });

    const offOrigin = new Set<string>();
    const pageProblems: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      // data: URLs never leave the renderer; everything else must stay on the fixed origin.
      if (!url.startsWith(`${APP_ORIGIN}/`) && !url.startsWith('data:')) offOrigin.add(`${request.method()} ${url}`);
    });
    page.on('websocket', (socket) => offOrigin.add(`WS ${socket.url()}`));
    page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // CSP violations, React errors and failed loads all arrive as console errors.
      if (message.type() === 'error') pageProblems.push(`console: ${message.text()}`);
    });

    const calls: string[] = [];
    const heldCalls: { channel: string; matches: (payload: unknown) => boolean; until: Promise<void> }[] = [];
    // The same bridge `npm run demo` uses; blocked requests are recorded and asserted after the test.
    await connectPageToCore(page, core, {
      onCall: (channel) => calls.push(channel),
      onBlocked: (request) => offOrigin.add(request),
      beforeCall: async (channel, payload) => {
        await heldCalls.find((hold) => hold.channel === channel && hold.matches(payload))?.until;
      },
    });

    const bench: Bench = {
      core,
      tempDir,
      defaultVaultDir,
      chosenVaultDir,
      saveDir,
      setOpenFiles: (files) => {
        openFiles = files;
      },
      calls,
      advanceClock: (milliseconds) => {
        clockOffset += milliseconds;
      },
      setUpVault: async () => {
        const result = await core.invoke('vault:setup', { vaultDir: defaultVaultDir, ...PEOPLE });
        if (!result.ok) throw new Error(`vault:setup failed: ${JSON.stringify(result.error)}`);
        const { recoveryKey } = result.value as { recoveryKey: string };
        const locked = await core.invoke('vault:lock', {});
        if (!locked.ok) throw new Error(`vault:lock failed: ${JSON.stringify(locked.error)}`);
        return recoveryKey;
      },
      open: async () => {
        await page.goto(APP_URL);
      },
      holdAuditCheck: () => {
        let release = () => {};
        const promise = new Promise<void>((resolve) => {
          release = () => {
            auditCheckHold.current = null;
            resolve();
          };
        });
        auditCheckHold.current = { promise, release };
        return release;
      },
      holdCalls: (channel, matches) => {
        let release = () => {};
        const until = new Promise<void>((resolve) => {
          release = resolve;
        });
        const hold = { channel, matches, until };
        heldCalls.push(hold);
        return () => {
          heldCalls.splice(heldCalls.indexOf(hold), 1);
          release();
        };
      },
      checkScreen: async (name) => {
        // Let transitions and live regions settle so the scan sees the screen as people do.
        await page.waitForTimeout(100);
        await page.screenshot({ path: screenshotPath(testInfo, name), fullPage: true });
        // Every rule axe has, best practices included, and every impact (minor ones too): a finding is a
        // finding, whatever its weight.
        const results = await new AxeBuilder({ page }).analyze();
        const violations = results.violations.map(
          (violation) =>
            `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
            violation.nodes.map((node) => `    ${node.target.join(' ')} — ${node.failureSummary ?? ''}`).join('\n'),
        );
        expect(violations, `axe violations on screen "${name}"`).toEqual([]);
      },
    };

    try {
      await use(bench);
    } finally {
      // The page goes first, so no poll reaches a disposed core; a held check is let go.
      await page.close();
      auditCheckHold.current?.release();
      await core.dispose();
      await rm(tempDir, { recursive: true, force: true });
    }
    expect([...offOrigin], 'requests outside the app origin').toEqual([]);
    expect(pageProblems, 'console errors, CSP violations or uncaught errors in the page').toEqual([]);
  },
});

export { expect };
