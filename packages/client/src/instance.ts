import { KiosqueError } from './errors.js';

function invalid(message: string): KiosqueError {
  return new KiosqueError({ kind: 'invalid-input', message });
}

/**
 * "https://mobilizon.example/", "https://mobilizon.example/api" → "https://mobilizon.example".
 * Throws KiosqueError kind invalid-input for anything that is not the base URL of an
 * instance: not an absolute URL, not http(s), credentials, another path, query or fragment.
 */
export function normalizeInstance(url: string): string {
  if (typeof url !== 'string' || url.trim() === '') {
    throw invalid('The instance URL is empty: use e.g. "https://mobilizon.example".');
  }
  const text = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw invalid(`"${text}" is not an absolute URL: use e.g. "https://mobilizon.example".`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw invalid(`"${text}" must use http or https, not ${parsed.protocol.replace(':', '')}.`);
  }
  if (parsed.username || parsed.password) {
    throw invalid(`"${text}" contains credentials; the client needs no login for public data.`);
  }
  if (parsed.search || parsed.hash || /[?#]/.test(text)) {
    throw invalid(`"${text}" has a query or fragment; give only the instance address.`);
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  if (path !== '' && path !== '/api') {
    throw invalid(
      `"${text}" has the path "${parsed.pathname}"; give the instance address only ` +
        `(e.g. "${parsed.origin}").`,
    );
  }
  return parsed.origin;
}

/**
 * A GraphQL endpoint to use instead of `<instance>/api`, such as a same-origin proxy
 * (`/wp-json/kiosque/v1/graphql/main`). Relative URLs resolve against the page when there is
 * one. Throws KiosqueError kind invalid-input for non-http(s) URLs, credentials or fragments.
 */
export function normalizeEndpoint(url: string): string {
  if (typeof url !== 'string' || url.trim() === '') {
    throw invalid('The endpoint URL is empty.');
  }
  const text = url.trim();
  const base = (globalThis as { location?: { href?: string } }).location?.href;
  let parsed: URL;
  try {
    parsed = base ? new URL(text, base) : new URL(text);
  } catch {
    throw invalid(`"${text}" is not a URL an endpoint can have.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw invalid(`The endpoint "${text}" must use http or https.`);
  }
  if (parsed.username || parsed.password) {
    throw invalid(`The endpoint "${text}" contains credentials.`);
  }
  if (parsed.hash || text.includes('#')) {
    throw invalid(`The endpoint "${text}" has a fragment.`);
  }
  return parsed.href;
}
