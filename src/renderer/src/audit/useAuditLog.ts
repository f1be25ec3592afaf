import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditEntry, AuditFilter } from '@shared/audit/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useSession } from '../kernel/session';

/** Entries per request (the contract allows up to 500); a screenful is about 20. */
export const BLOCK_SIZE = 200;

interface Snapshot {
  /** Entries matching the filter when it was applied: the table's length. */
  total: number;
  /**
   * New entries logged since (the log grows while it is read — reading it is logged too). The
   * view is newest first, so offsets shift by this much; entries are placed by it.
   */
  drift: number;
}

/**
 * The log view's rows, loaded in blocks as they scroll into view: a million entries never cross
 * IPC at once. The row count stays that of the moment the filter was applied, so rows never jump
 * under the reader; `newEntries` tells how many arrived since.
 */
export function useAuditLog(filter: AuditFilter) {
  const { call } = useSession();
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [version, setVersion] = useState(0);
  const entries = useRef(new Map<number, AuditEntry>());
  const loading = useRef(new Set<number>());
  const loaded = useRef(new Set<number>());
  const generation = useRef(0);
  const snapshotRef = useRef<Snapshot | null>(null);
  const [reloadCount, setReloadCount] = useState(0);

  const fetchBlock = useCallback(
    async (block: number, forGeneration: number) => {
      const current = snapshotRef.current;
      loading.current.add(block);
      const result = await call((api) => api.audit.list({ filter, offset: block * BLOCK_SIZE + (current?.drift ?? 0), limit: BLOCK_SIZE }));
      if (forGeneration !== generation.current) return;
      loading.current.delete(block);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      const page = result.value;
      const base = snapshotRef.current ?? { total: page.total, drift: 0 };
      const drift = page.total - base.total;
      page.entries.forEach((entry, position) => {
        const index = page.offset + position - drift;
        if (index >= 0 && index < base.total) entries.current.set(index, entry);
      });
      // A block is done only when every row of it arrived (a shift while loading leaves a gap).
      const first = block * BLOCK_SIZE;
      const last = Math.min(base.total, first + BLOCK_SIZE) - 1;
      let isComplete = true;
      for (let index = first; index <= last; index += 1) {
        if (!entries.current.has(index)) {
          isComplete = false;
          break;
        }
      }
      if (isComplete) loaded.current.add(block);
      const next = { total: base.total, drift: Math.max(0, drift) };
      snapshotRef.current = next;
      setSnapshot(next);
      setError(null);
      setVersion((value) => value + 1);
    },
    [call, filter],
  );

  useEffect(() => {
    generation.current += 1;
    entries.current = new Map();
    loading.current = new Set();
    loaded.current = new Set();
    snapshotRef.current = null;
    setSnapshot(null);
    setError(null);
    void fetchBlock(0, generation.current);
  }, [fetchBlock, reloadCount]);

  /** Loads the blocks that hold rows `from`..`to` (the rows in view plus a margin). */
  const ensureRows = useCallback(
    (from: number, to: number) => {
      const current = snapshotRef.current;
      if (!current || current.total === 0) return;
      const firstBlock = Math.floor(Math.max(0, from) / BLOCK_SIZE);
      const lastBlock = Math.floor(Math.min(current.total - 1, to) / BLOCK_SIZE);
      for (let block = firstBlock; block <= lastBlock; block += 1) {
        if (!loaded.current.has(block) && !loading.current.has(block)) void fetchBlock(block, generation.current);
      }
    },
    [fetchBlock],
  );

  const entryAt = useCallback((index: number) => entries.current.get(index) ?? null, []);
  const reload = useCallback(() => setReloadCount((count) => count + 1), []);

  return { total: snapshot?.total ?? null, newEntries: snapshot?.drift ?? 0, error, version, entryAt, ensureRows, reload };
}
