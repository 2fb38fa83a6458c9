import { KiosqueViews } from './views/views.js';
import { defineElement } from './shared/define.js';

export { KiosqueViews };

defineElement('kiosque-views', KiosqueViews);

declare global {
  interface HTMLElementTagNameMap {
    'kiosque-views': KiosqueViews;
  }
}
