export { KiosqueEvents } from './events/events.js';
export { KiosqueLoadEvent, KiosqueErrorEvent } from './shared/events.js';
export {
  registerLanguage,
  availableLanguages,
  type Messages,
  type PartialMessages,
} from './i18n/index.js';
export { KIOSQUE_VERSION } from './shared/define.js';
