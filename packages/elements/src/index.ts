export { KiosqueEvents } from './events/events.js';
export { KiosqueMap, KiosqueMapReadyEvent, directionsUrl, validTileTemplate } from './map/map.js';
export { KiosqueEventElement } from './event/event.js';
export { KiosqueCalendar, KiosqueMonthChangeEvent } from './calendar/calendar.js';
export { KiosqueSource, KiosqueSourceChangeEvent } from './source/source.js';
export {
  EventSourceMixin,
  parseDay,
  parseNear,
  EVENT_TYPES,
  type EventFilters,
  type EventTypeFilter,
} from './shared/event-source.js';
export {
  KiosqueLoadEvent,
  KiosqueErrorEvent,
  KiosqueEventOpenEvent,
  KiosqueEventSelectEvent,
} from './shared/events.js';
export {
  KiosqueFilters,
  filtersFromUrl,
  urlWithFilters,
  type FilterState,
} from './filters/filters.js';
export { KiosqueViews, KiosqueViewChangeEvent } from './views/views.js';
export { KiosqueEventDialog } from './dialog/dialog.js';
export { LINK_TARGETS, EVENT_PARAM, type LinkTarget } from './shared/event-dialog.js';
export { KiosqueRsvp, planFor, type RsvpClient, type RsvpPlan } from './rsvp/rsvp.js';
export {
  KiosqueRsvpSubmitEvent,
  KiosqueRsvpSuccessEvent,
  KiosqueRsvpErrorEvent,
  RSVP_ERROR_REASONS,
  type RsvpErrorReason,
  type RsvpSubmitDetail,
} from './rsvp/rsvp-events.js';
export {
  participationsFor,
  forgetParticipation,
  clearParticipations,
  type StoredParticipation,
} from './shared/participations.js';
export { sanitizeHtml, type SanitizeOptions } from './shared/sanitize.js';
export {
  registerLanguage,
  loadLanguage,
  languagesReady,
  availableLanguages,
  type Messages,
  type PartialMessages,
} from './i18n/index.js';
export { KIOSQUE_VERSION } from './shared/define.js';
