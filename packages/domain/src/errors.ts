/** Error codes and the HTTP status each maps to. `userMessage` keys live in the web app's i18n files. */
export const ERROR_STATUS = {
  VALIDATION: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly userMessage: string;
  readonly fields?: FieldErrors;
  /** For 429: when the client may try again (sent as Retry-After and in the body). */
  readonly retryAfterSeconds?: number;

  constructor(
    code: ErrorCode,
    message: string,
    options: { userMessage?: string; fields?: FieldErrors; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.userMessage = options.userMessage ?? `errors.${code}`;
    this.fields = options.fields;
  }

  static validation(fields: FieldErrors, message = 'Invalid input'): AppError {
    return new AppError('VALIDATION', message, { fields });
  }
}

/** The JSON body of every error response. */
export type ErrorBody = {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
  retryAfterSeconds?: number;
};
