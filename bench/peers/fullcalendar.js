/**
 * FullCalendar as a site would ship it for the comparison: the vanilla package with its list
 * and day-grid views and the classic theme, bundled and minified by `bench/lib/peers.mjs`.
 */
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import listPlugin from 'fullcalendar/list';
import classicTheme from 'fullcalendar/themes/classic';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';

/** Renders a calendar into `container` (already in the document) and returns it. */
export function renderCalendar(container, options) {
  const calendar = new Calendar(container, {
    plugins: [dayGridPlugin, listPlugin, classicTheme],
    height: 'auto',
    ...options,
  });
  calendar.render();
  return calendar;
}
