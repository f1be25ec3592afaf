import { afterEach, describe, expect, test } from 'vitest';
import { createAuditBench, type AuditBench } from './helpers/auditBench';
import { openRawDatabase } from './helpers/testCore';

let bench: AuditBench;
afterEach(async () => bench?.cleanup());

describe('the MAC chain', () => {
  test('a fresh vault verifies: every entry from set-up on is chained', async () => {
    bench = await createAuditBench();
    await bench.asSupervisor();
    const report = await bench.call('audit:verify');
    expect(report.intact).toBe(true);
    expect(report.findings).toEqual([]);
    const raw = await openRawDatabase(bench, bench.recoveryKey);
    const rows = raw.prepare('SELECT seq, action, mac FROM audit_log ORDER BY seq').all() as { seq: number; action: string; mac: string | null }[];
    raw.close();
    expect(rows[0]).toMatchObject({ seq: 1, action: 'vault.setup' });
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.mac ?? ''))).toBe(true);
    // The report counts what was there when it ran (the verify entry itself comes after).
    expect(report.entries).toBe(rows.length - 1);
  });
});
