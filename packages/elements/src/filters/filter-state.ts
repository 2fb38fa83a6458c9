import { EVENT_TYPES, type EventTypeFilter } from '../shared/event-source.js';
import { DATE_CHOICES, validDay, type DateChoice } from './ranges.js';

/** What the visitor chose. */
export interface FilterState {
  search: string;
  tags: string[];
  category: string;
  when: DateChoice | '';
  /** Days of a custom range (`when: 'custom'`). */
  from: string;
  to: string;
  type: EventTypeFilter | '';
  /** `"lat,lon"` of the visitor, rounded to about a kilometre. */
  near: string;
  radius: number | null;
}

export const EMPTY_FILTERS: FilterState = {
  search: '',
  tags: [],
  category: '',
  when: '',
  from: '',
  to: '',
  type: '',
  near: '',
  radius: null,
};

/** Prefix of the page address parameters (`?kiosque-search=…`): no clash with the page's own. */
export const URL_PREFIX = 'kiosque-';
const URL_KEYS = [
  'search',
  'tags',
  'category',
  'when',
  'from',
  'to',
  'type',
  'near',
  'radius',
] as const;

/** The distances offered around the visitor, in km. */
export const RADII = [5, 10, 25, 50, 100] as const;
export const DEFAULT_RADIUS = 50;

/** Reads the filters from a page address. */
export function filtersFromUrl(search: string): FilterState {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(URL_PREFIX + key)?.trim() ?? '';
  const when = get('when');
  const type = get('type');
  const radius = Number(get('radius'));
  const near = get('near');
  return {
    search: get('search'),
    tags: get('tags')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    category: get('category'),
    when: (DATE_CHOICES as readonly string[]).includes(when) ? (when as DateChoice) : '',
    from: validDay(get('from')) ?? '',
    to: validDay(get('to')) ?? '',
    type: (EVENT_TYPES as readonly string[]).includes(type) ? (type as EventTypeFilter) : '',
    near: /^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/.test(near) ? near : '',
    radius: Number.isFinite(radius) && radius > 0 ? radius : null,
  };
}

/** Writes the filters into a page address, keeping every other parameter and the hash. */
export function urlWithFilters(href: string, filters: FilterState): URL {
  const url = new URL(href);
  for (const key of URL_KEYS) url.searchParams.delete(URL_PREFIX + key);
  const set = (key: string, value: string) => {
    if (value) url.searchParams.set(URL_PREFIX + key, value);
  };
  set('search', filters.search.trim());
  set('tags', filters.tags.join(','));
  set('category', filters.category);
  set('when', filters.when);
  if (filters.when === 'custom') {
    set('from', filters.from);
    set('to', filters.to);
  }
  set('type', filters.type);
  set('near', filters.near);
  if (filters.near && filters.radius) set('radius', String(filters.radius));
  return url;
}

/** How many filters beyond search are chosen (said on the narrow "Filters" button). */
export function activeCount(filters: FilterState): number {
  return (
    [filters.category, filters.when, filters.type, filters.near].filter(Boolean).length +
    filters.tags.length
  );
}

export function isActive(filters: FilterState): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.tags.length > 0 ||
    filters.category !== '' ||
    filters.when !== '' ||
    filters.type !== '' ||
    filters.near !== ''
  );
}
