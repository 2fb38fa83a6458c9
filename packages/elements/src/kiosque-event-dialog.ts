import { KiosqueEventDialog } from './dialog/dialog.js';
import { defineElement } from './shared/define.js';

export { KiosqueEventDialog };

defineElement('kiosque-event-dialog', KiosqueEventDialog);

declare global {
  interface HTMLElementTagNameMap {
    'kiosque-event-dialog': KiosqueEventDialog;
  }
}
