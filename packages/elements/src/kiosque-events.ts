import { KiosqueEvents } from './events/events.js';
import { defineElement } from './shared/define.js';

export { KiosqueEvents };

defineElement('kiosque-events', KiosqueEvents);

declare global {
  interface HTMLElementTagNameMap {
    'kiosque-events': KiosqueEvents;
  }
}
