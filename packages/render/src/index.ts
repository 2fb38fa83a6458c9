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
  type EventBadge,
} from './event.js';
export { dateFormat, validZone, visitorTimeZone } from './intl.js';
export * from './model.js';
export { safeUrl } from './url.js';
