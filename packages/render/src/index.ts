export { cleanText } from './clean.js';
export {
  addressLines,
  canonicalLink,
  dayIn,
  eventLink,
  hiddenTimeDays,
  isFull,
  isOnlineEvent,
  isPast,
  utcInstant,
  validZone,
} from './event.js';
export * from './model.js';
export { safeUrl } from './url.js';
