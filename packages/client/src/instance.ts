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
