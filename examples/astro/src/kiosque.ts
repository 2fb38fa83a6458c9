/** The dev instance of `npm start` by default; CI points KIOSQUE_INSTANCE at its own. */
export const instance = process.env['KIOSQUE_INSTANCE'] ?? 'http://127.0.0.1:4000';
/** A site that must never show old data would keep "fail" (the default). */
export const onError = 'stale' as const;
export const uuid = '092bbc98-1dfa-41ce-a694-36a2e962b6ec';
