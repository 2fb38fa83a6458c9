import { KiosqueCalendar, KiosqueMonthChangeEvent } from './calendar/calendar.js';
import { defineElement } from './shared/define.js';

export { KiosqueCalendar, KiosqueMonthChangeEvent };

defineElement('kiosque-calendar', KiosqueCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'kiosque-calendar': KiosqueCalendar;
  }
}
