/**
 * Characters a browser would silently encode or rewrite in a URL (whitespace, quotes, angle
 * brackets, backtick, backslash): an instance's URL holding one is refused rather than
 * repaired, as the WordPress plugin's `Normalize::safe_url` refuses it, so every host links
 * the same URLs.
 */
const UNSAFE_CHARACTER = /[\t\n\v\f\r <>"'`\\]/;

/**
 * Returns the URL when it is an absolute http(s) URL (`http://` or `https://` and a host)
 * without characters a browser would rewrite, serialized as a browser does; else null. Use
 * before href/src.
 */
export function safeUrl(u: unknown): string | null {
  if (typeof u !== 'string') return null;
  const text = u.trim();
  if (!/^https?:\/\/[^/?#]/i.test(text) || UNSAFE_CHARACTER.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
