import type { AppErrorData, ErrorCode, ErrorParams } from '@shared/ipc/result';

/**
 * The only error the core throws on purpose. It carries a stable code and an i18n key; it must never
 * carry case data, passphrases, keys or paths of files the user did not choose.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly params: ErrorParams | undefined;
  readonly fields: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    options: { messageKey?: string; params?: ErrorParams; fields?: Record<string, string> } = {},
  ) {
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
