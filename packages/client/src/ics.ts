/**
 * The iCalendar writer, from @kiosque/render/ics, where it lives: this module re-exports it so
 * that `@kiosque/client/ics` keeps working.
 */
export {
  escapeIcsText,
  eventsToIcs,
  foldIcsLine,
  icsCalendar,
  icsEntryOf,
  type IcsEntry,
  type IcsOptions,
} from '@kiosque/render/ics';
