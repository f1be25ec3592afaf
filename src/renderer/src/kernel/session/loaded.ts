import type { AppErrorData } from '@shared/kernel/result';

/** Data a screen asked the core for: still on its way, refused with an error, or there. */
export type Loaded<T> = { state: 'loading' } | { state: 'failed'; error: AppErrorData } | { state: 'ready'; value: T };
