import { GraphQLError } from 'graphql';
import { translate, type Locale } from './i18n.js';

/** Mobilizon's error atoms with their status codes and messages (lib/graphql/error.ex). */
const CODED: Record<string, { status: number; message: string | null }> = {
  event_not_found: { status: 404, message: 'Event not found' },
  group_not_found: { status: 404, message: 'Group not found' },
  // Unknown atoms: status 422 and the atom itself as the message.
  events_max_limit_reached: { status: 422, message: null },
};

/** An error Mobilizon returns as `{:error, :atom}`. */
export function codedError(code: keyof typeof CODED, locale: Locale): GraphQLError {
  const meta = CODED[code]!;
  return new GraphQLError(meta.message ? translate(locale, meta.message) : code, {
    extensions: { code, status_code: meta.status, field: null },
  });
}

/** An error Mobilizon returns as `{:error, "text"}`: code unknown_error, status 500. */
export function plainError(
  locale: Locale,
  msgid: string,
  bindings: Record<string, string> = {},
): GraphQLError {
  return new GraphQLError(translate(locale, msgid, bindings), {
    extensions: { code: 'unknown_error', status_code: 500, field: null },
  });
}
