/**
 * One base error for the project: a stable string `code` for programs and logs, a human message,
 * and the `cause` that led to it. Expected outcomes (a 304, a rejected delivery, a bad command
 * argument) are values, not throws.
 */
export class AppError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: string, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.details = options.details;
  }
}

/** A configuration file or environment value that cannot be used. Exit code 2. */
export class ConfigError extends AppError {
  constructor(message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super('config_invalid', message, options);
  }
}

export type SourceErrorCode =
  | 'fetch_timeout'
  | 'fetch_failed'
  | 'http_status'
  | 'too_large'
  | 'too_many_redirects'
  | 'parse_error'
  | 'invalid_content'
  | 'suspicious_content';

/** A source could not be polled. `retryable` is false only when repeating cannot help soon. */
export class SourceError extends AppError {
  readonly retryable: boolean;
  constructor(
    code: SourceErrorCode,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown>; retryable?: boolean } = {},
  ) {
    super(code, message, options);
    this.retryable = options.retryable ?? true;
  }
}

/** A compact, log-safe description of any thrown value. */
export function describeError(err: unknown): { code: string; message: string } {
  if (err instanceof AppError) return { code: err.code, message: err.message };
  if (err instanceof Error) return { code: (err as { code?: string }).code ?? err.name, message: err.message };
  return { code: 'unknown', message: String(err) };
}
