import { KiosqueMap } from './map/map.js';
import { defineElement } from './shared/define.js';

export { KiosqueMap };

defineElement('kiosque-map', KiosqueMap);

declare global {
  interface HTMLElementTagNameMap {
    'kiosque-map': KiosqueMap;
  }
}
