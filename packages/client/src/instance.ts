import { KiosqueError } from './errors.js';

/** The error for a bad URL option: which option, its text, and what to do. */
function badUrl(what: string, text: string, fix: string): KiosqueError {
  return new KiosqueError({ kind: 'invalid-input', message: `${what} URL "${text}": ${fix}.` });
}

/**
 * `url`, trimmed and resolved against `base` when there is one, as an http(s) URL without
 * credentials or fragment. Throws KiosqueError kind invalid-input for anything else.
 */
function httpUrl(url: string, what: string, base?: string): URL {
  const text = typeof url === 'string' ? url.trim() : '';
  let parsed: URL | undefined;
  try {
    if (text) parsed = new URL(text, base);
  } catch {
    // Not a URL: said below.
  }
  if (!parsed) throw badUrl(what, text, 'give an absolute URL, e.g. "https://mobilizon.example"');
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw badUrl(what, text, `use http or https, not ${parsed.protocol.slice(0, -1)}`);
  }
  if (parsed.username || parsed.password) {
    throw badUrl(what, text, 'remove the credentials, public data needs no login');
  }
  if (parsed.href.includes('#')) throw badUrl(what, text, 'remove the fragment');
  return parsed;
}

/**
 * "https://mobilizon.example/", "https://mobilizon.example/api" → "https://mobilizon.example".
 * Throws KiosqueError kind invalid-input for anything that is not the base URL of an
 * instance: not an absolute URL, not http(s), credentials, another path, query or fragment.
 */
export function normalizeInstance(url: string): string {
  const parsed = httpUrl(url, 'Instance');
  const path = parsed.pathname.replace(/\/+$/, '');
  if (parsed.href.includes('?') || (path !== '' && path !== '/api')) {
    throw badUrl('Instance', url.trim(), `give only the instance address, "${parsed.origin}"`);
  }
  return parsed.origin;
}

/**
 * A GraphQL endpoint to use instead of `<instance>/api`, such as a same-origin proxy
 * (`/wp-json/kiosque/v1/graphql/main`). Relative URLs resolve against the page when there is
 * one. Throws KiosqueError kind invalid-input for non-http(s) URLs, credentials or fragments.
 */
export function normalizeEndpoint(url: string): string {
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  return httpUrl(url, 'Endpoint', page).href;
}
