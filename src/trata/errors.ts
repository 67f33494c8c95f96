/**
 * The Trata client's failures, one class each (like got's RequestError / HTTPError).
 * Handlers decide with instanceof what the person in Slack sees. No message carries the API key.
 */

export interface TrataFieldError {
  /** FastAPI's loc without the leading "body", e.g. ["email"] or ["externalReference", 0, "id"]. */
  path: (string | number)[];
  message: string;
  type?: string | undefined;
}

export class TrataError extends Error {
  override name = 'TrataError';
  readonly code: string = 'TRATA_ERROR';
}

/** 422: Trata refused the data; each entry says which field. */
export class TrataValidationError extends TrataError {
  override name = 'TrataValidationError';
  override readonly code = 'TRATA_VALIDATION';
  constructor(readonly fieldErrors: TrataFieldError[]) {
    super(
      `Trata rejected the prospect: ${fieldErrors.map((e) => `${e.path.join('.') || 'body'}: ${e.message}`).join('; ')}`,
    );
  }
}

/** 401/403: the API key is missing, wrong or lacks rights — an operator problem. */
export class TrataAuthError extends TrataError {
  override name = 'TrataAuthError';
  override readonly code = 'TRATA_AUTH';
  constructor(readonly status: number) {
    super(
      `Trata refused the API key (HTTP ${status}). Set TRATA_API_TOKEN to a valid key from the Trata dashboard and restart the app.`,
    );
  }
}

/** 404 on a prospect id. */
export class TrataNotFoundError extends TrataError {
  override name = 'TrataNotFoundError';
  override readonly code = 'TRATA_NOT_FOUND';
  constructor(readonly path: string) {
    super(`Trata has no such record (${path})`);
  }
}

/**
 * Trata could not be reached or kept failing (429, 5xx, network) past the retry budget.
 * `outcome` says whether a create may have happened anyway.
 */
export class TrataUnavailableError extends TrataError {
  override name = 'TrataUnavailableError';
  override readonly code = 'TRATA_UNAVAILABLE';
  constructor(
    readonly reason: string,
    readonly outcome: 'not-created' | 'unknown' = 'not-created',
    options?: { cause?: unknown },
  ) {
    super(`Trata is unavailable: ${reason}`, options);
  }
}

/** Trata answered something that is not what its contract says. */
export class TrataResponseError extends TrataError {
  override name = 'TrataResponseError';
  override readonly code = 'TRATA_BAD_RESPONSE';
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(`Trata answered HTTP ${status} with an unexpected body: ${detail}`);
  }
}
