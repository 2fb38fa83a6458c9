import { KiosqueEventElement } from './event/event.js';
import { defineElement } from './shared/define.js';

export { KiosqueEventElement };

defineElement('kiosque-event', KiosqueEventElement);

declare global {
  interface HTMLElementTagNameMap {
    'kiosque-event': KiosqueEventElement;
  }
}
