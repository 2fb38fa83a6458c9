/**
 * Checks on unknown JSON that every part of the client needs, the transport and the cache
 * included. The normalization of events and config, which only an answer from an instance
 * needs, is in `normalize.ts` and loads on first use (see `read.ts`).
 */

export type Rec = Record<string, unknown>;

export function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
export function rec(v: unknown): Rec | null {
  return isRecord(v) ? v : null;
}
export function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}
/** Ids are ID scalars: JSON strings, sometimes numbers on hand-made servers. */
export function id(v: unknown): string | null {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}
