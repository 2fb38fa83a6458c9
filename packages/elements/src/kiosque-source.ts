import { KiosqueSource } from './source/source.js';
import { defineElement } from './shared/define.js';

export { KiosqueSource };

defineElement('kiosque-source', KiosqueSource);

declare global {
  interface HTMLElementTagNameMap {
    'kiosque-source': KiosqueSource;
  }
}
