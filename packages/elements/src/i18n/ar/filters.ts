import type { FiltersMessages } from '../areas/filters.js';

export const filters: FiltersMessages = {};
