import type { AppErrorData, ErrorCode, ErrorParams } from '@shared/kernel/result';

/**
 * The only error the core throws on purpose. It carries a stable code and an i18n key; it must never
 * carry case data, passphrases, keys or paths of files the user did not choose.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly params: ErrorParams | undefined;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ErrorCode, options: { messageKey?: string; params?: ErrorParams; fields?: Record<string, string> } = {}) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.messageKey = options.messageKey ?? `error.${code}`;
    this.params = options.params;
    this.fields = options.fields;
  }

  toData(): AppErrorData {
    return {
      code: this.code,
      message: this.messageKey,
      ...(this.params ? { params: this.params } : {}),
      ...(this.fields ? { fields: this.fields } : {}),
    };
  }
}

function codeOf(error: unknown): string | null {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
}

/** A page of the vault that does not read: its HMAC failed (SQLCipher says SQLITE_CORRUPT or SQLITE_NOTADB). */
export function isDamagedPage(error: unknown): boolean {
  const code = codeOf(error) ?? '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

/**
 * Turns the storage failures a user can act on (full disk, read-only folder) into clear errors;
 * everything else stays unknown and is reported as INTERNAL without its message.
 */
export function storageErrorOf(error: unknown): AppError | null {
  const code = codeOf(error);
  if (!code) return null;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return new AppError('STORAGE_FULL');
  if (
    ['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_PERM'].includes(code) ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN')
  ) {
    return new AppError('STORAGE_READONLY');
  }
  if (code.startsWith('SQLITE_IOERR')) return new AppError('STORAGE_FULL', { messageKey: 'error.STORAGE_IO' });
  return null;
}

/** A field error with the dotted path of the channel input (e.g. `goal.agreedOn`) and a message key. */
export function fieldError(path: string, messageKey: string): AppError {
  return new AppError('INVALID_INPUT', { fields: { [path]: messageKey } });
}
