import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditEntry, AuditFilter } from '@shared/audit/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useSession } from '../kernel/session';
import { filterAt } from './formatAudit';

/** Entries per request (the contract allows up to 500); a screenful is about 20. */
export const BLOCK_SIZE = 200;

/** One moment of the log as the table shows it. */
export interface LogSnapshot {
  /** Entries matching the filter up to `upToSeq`: the table's length. */
  total: number;
  /** The last entry number the view counts (null: the log is empty). */
  upToSeq: number | null;
  /** When the core answered the first block (ISO time). */
  asOf: string;
  /** Entries logged since, matching the filter (reading the log is logged too). */
  newer: number;
}

/**
 * The log view's rows, loaded in blocks as they scroll into view: a million entries never cross
 * IPC at once. The first block fixes the moment (`upToSeq`), every later block asks for exactly
 * that moment, so rows never shift under the reader and the count stays true; `pinnedSeq` (the
 * entry a check counted to) fixes it from the start, so the table shows the checked state.
 */
export function useAuditLog(filter: AuditFilter, pinnedSeq: number | null) {
  const { call } = useSession();
  const [snapshot, setSnapshot] = useState<LogSnapshot | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [version, setVersion] = useState(0);
  const entries = useRef(new Map<number, AuditEntry>());
  const loading = useRef(new Set<number>());
  const loaded = useRef(new Set<number>());
  const generation = useRef(0);
  const snapshotRef = useRef<LogSnapshot | null>(null);
  const [reloadCount, setReloadCount] = useState(0);

  const fetchBlock = useCallback(
    async (block: number, forGeneration: number) => {
      const upToSeq = pinnedSeq ?? snapshotRef.current?.upToSeq ?? null;
      loading.current.add(block);
      const result = await call((api) =>
        api.audit.list({ filter: filterAt(filter, upToSeq), offset: block * BLOCK_SIZE, limit: BLOCK_SIZE }),
      );
      if (forGeneration !== generation.current) return;
      loading.current.delete(block);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      const page = result.value;
      page.entries.forEach((entry, position) => entries.current.set(page.offset + position, entry));
      loaded.current.add(block);
      const first = snapshotRef.current;
      const next: LogSnapshot = first
        ? { ...first, newer: page.newer }
        : { total: page.total, upToSeq: page.upToSeq, asOf: page.asOf, newer: page.newer };
      snapshotRef.current = next;
      setSnapshot(next);
      setError(null);
      setVersion((value) => value + 1);
    },
    [call, filter, pinnedSeq],
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

  return { snapshot, total: snapshot?.total ?? null, newEntries: snapshot?.newer ?? 0, error, version, entryAt, ensureRows, reload };
}
