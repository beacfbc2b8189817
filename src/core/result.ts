/**
 * The outcome of reading something a user typed: a value, or a Vietnamese message
 * that says what was not understood. Parsers never throw on user input; they return this.
 */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: string): Result<T> {
  return { ok: false, error };
}
