export { cleanText } from './clean.js';
export * from './model.js';
export { safeUrl } from './url.js';
