import { KiosqueRsvp } from './rsvp/rsvp.js';
import { defineElement } from './shared/define.js';

export { KiosqueRsvp };

defineElement('kiosque-rsvp', KiosqueRsvp);

declare global {
  interface HTMLElementTagNameMap {
    'kiosque-rsvp': KiosqueRsvp;
  }
}
