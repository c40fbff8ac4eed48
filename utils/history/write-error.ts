// The one way a history write fails: it commits, or it raises HistoryWriteError, which says
// whether the disk (the origin's quota) was full. Callers turn it into a sentence.

/** A write to the history that did not commit; nothing of it was saved. */
export class HistoryWriteError extends Error {
  /** The browser refused for lack of space (QuotaExceededError). */
  readonly full: boolean;

  constructor(cause: unknown) {
    const full = isQuotaError(cause);
    super(
      full ? 'The history could not be saved: no space left' : 'The history could not be saved',
      {
        cause,
      },
    );
    this.name = 'HistoryWriteError';
    this.full = full;
  }
}

/** True for the browser's "no space left" in any of the shapes it comes in. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(error instanceof DOMException)) return false;
  if (error.name === 'QuotaExceededError') return true;
  // A transaction aborted by a failed request carries the request's error as its cause.
  return error.cause !== undefined && error.cause !== error && isQuotaError(error.cause);
}

/** Runs one write (a transaction to its end); any failure becomes a HistoryWriteError. */
export async function committed<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw error instanceof HistoryWriteError ? error : new HistoryWriteError(error);
  }
}

/**
 * Waits for every request of a transaction and its end, then throws the most telling failure:
 * a full disk surfaces as the transaction's error, its requests only say they were aborted.
 */
export async function allCommitted(work: readonly Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(work);
  const failures = results.flatMap((result) =>
    result.status === 'rejected' ? [result.reason] : [],
  );
  if (failures.length > 0) throw new HistoryWriteError(failures.find(isQuotaError) ?? failures[0]);
}
