export { cleanText } from './clean.js';
export {
  addressLines,
  canonicalLink,
  dayIn,
  eventBadges,
  eventLink,
  hiddenTimeDays,
  isFull,
  isOnlineEvent,
  isPast,
  utcInstant,
  validZone,
  type EventBadge,
} from './event.js';
export * from './model.js';
export { safeUrl } from './url.js';
