import { KiosqueFilters } from './filters/filters.js';
import { defineElement } from './shared/define.js';

export { KiosqueFilters };

defineElement('kiosque-filters', KiosqueFilters);

declare global {
  interface HTMLElementTagNameMap {
    'kiosque-filters': KiosqueFilters;
  }
}
