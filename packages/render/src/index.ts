export { cleanText } from './clean.js';
