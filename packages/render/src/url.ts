/** Returns the URL when it parses as an absolute http(s) URL, else null. Use before href/src. */
export function safeUrl(u: unknown): string | null {
  if (typeof u !== 'string' || u.trim() === '') return null;
  try {
    const url = new URL(u.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
