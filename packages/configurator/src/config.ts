/**
 * What the volunteer chose, and the one element it describes. The live preview and every
 * snippet are made from `elementFor(config)`, so they cannot disagree.
 */

export const VIEWS = ['list', 'grid', 'compact', 'calendar', 'map', 'event', 'rsvp'] as const;
export type View = (typeof VIEWS)[number];

export const EVENT_TYPES = ['', 'online', 'in-person'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const THEMES = ['', 'light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Languages the elements ship; '' follows the page. */
export const LANGUAGES = ['', 'en', 'fr', 'de', 'es', 'it', 'ar'] as const;

/** The global colour tokens the configurator offers (see the elements' CSS custom properties). */
export const COLOR_TOKENS = [
  '--kiosque-color-accent',
  '--kiosque-color-text',
  '--kiosque-color-background',
  '--kiosque-color-surface',
] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number];

export const TAGS = [
  'kiosque-events',
  'kiosque-calendar',
  'kiosque-map',
  'kiosque-event',
  'kiosque-rsvp',
] as const;
export type Tag = (typeof TAGS)[number];

export interface Config {
  /** Normalized instance origin, e.g. `https://mobilizon.fr`. */
  instance: string;
  /** Group handles (`name` or `name@domain`); none: the instance's events. */
  groups: string[];
  view: View;
  /** The event of the `event` and `rsvp` views. */
  uuid: string;
  /** How many events a list shows; null: the element's default. */
  limit: number | null;
  search: string;
  tags: string;
  category: string;
  type: EventType;
  /** `YYYY-MM-DD` */
  from: string;
  /** `YYYY-MM-DD` */
  to: string;
  lang: string;
  theme: Theme;
  withoutImages: boolean;
  colors: Partial<Record<ColorToken, string>>;
}

export function defaultConfig(): Config {
  return {
    instance: '',
    groups: [],
    view: 'list',
    uuid: '',
    limit: null,
    search: '',
    tags: '',
    category: '',
    type: '',
    from: '',
    to: '',
    lang: '',
    theme: '',
    withoutImages: false,
    colors: {},
  };
}

/** An attribute: a string value, or `true` for a boolean attribute. */
export type Attribute = [name: string, value: string | true];

export interface ElementSpec {
  tag: Tag;
  /** In a stable order: instance first, then what the volunteer set. */
  attributes: Attribute[];
  /** `--kiosque-color-…: value` declarations, for a `style` attribute or a stylesheet. */
  styles: [ColorToken, string][];
}

export const TAG_OF_VIEW: Record<View, Tag> = {
  list: 'kiosque-events',
  grid: 'kiosque-events',
  compact: 'kiosque-events',
  calendar: 'kiosque-calendar',
  map: 'kiosque-map',
  event: 'kiosque-event',
  rsvp: 'kiosque-rsvp',
};

/** The views that show several events, with groups and filters. */
export function isListView(view: View): boolean {
  return view !== 'event' && view !== 'rsvp';
}

/** Which options each element takes (its attributes, as custom-elements.json lists them). */
const OPTIONS: Record<Tag, ReadonlySet<string>> = {
  'kiosque-events': new Set(['group', 'layout', 'limit', 'filters', 'without-images']),
  'kiosque-calendar': new Set(['group', 'filters']),
  'kiosque-map': new Set(['group', 'filters']),
  'kiosque-event': new Set(['uuid']),
  'kiosque-rsvp': new Set(['uuid']),
};

export function takes(view: View, option: string): boolean {
  return OPTIONS[TAG_OF_VIEW[view]].has(option);
}

const COLOR = /^#[0-9a-f]{6}$/i;

/** The element the configuration describes. */
export function elementFor(config: Config): ElementSpec {
  const tag = TAG_OF_VIEW[config.view];
  const attributes: Attribute[] = [];
  const add = (name: string, value: string | boolean | number | null) => {
    if (value === null || value === false || value === '') return;
    attributes.push([name, value === true ? true : String(value).trim()]);
  };
  add('instance', config.instance);
  if (takes(config.view, 'uuid')) add('uuid', config.uuid);
  if (takes(config.view, 'group')) add('group', config.groups.join(','));
  if (takes(config.view, 'layout') && config.view !== 'list') add('layout', config.view);
  if (takes(config.view, 'limit')) add('limit', config.limit);
  if (takes(config.view, 'filters')) {
    add('search', config.search.trim());
    add('tags', normalizeList(config.tags));
    add('category', config.category);
    add('type', config.type);
    add('from', config.from);
    add('to', config.to);
  }
  add('lang', config.lang);
  add('theme', config.theme);
  if (takes(config.view, 'without-images')) add('without-images', config.withoutImages);
  const styles = COLOR_TOKENS.flatMap((token): [ColorToken, string][] => {
    const value = config.colors[token];
    return value && COLOR.test(value) ? [[token, value.toLowerCase()]] : [];
  });
  return { tag, attributes, styles };
}

/** "a, b,,c " → "a,b,c" */
export function normalizeList(value: string): string {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .join(',');
}

/** `--a: x; --b: y` */
export function styleText(styles: ElementSpec['styles']): string {
  return styles.map(([token, value]) => `${token}: ${value}`).join('; ');
}
