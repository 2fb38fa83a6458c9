/**
 * The element contract: every Kiosque element and its attributes, with their type, allowed
 * values and default. Generated from the elements' custom-elements.json by
 * `npm run generate -w @kiosque/render` (scripts/contract.ts): do not edit by hand.
 */
import { GLOBAL_ATTRIBUTES, HOST_ATTRIBUTES, type ElementContract } from './contract-types.js';

export {
  GLOBAL_ATTRIBUTES,
  HOST_ATTRIBUTES,
  type AttributeSpec,
  type ElementContract,
} from './contract-types.js';

export const ELEMENTS = {
  'kiosque-calendar': {
    module: 'src/calendar/calendar.ts',
    attributes: {
      lang: {
        property: null,
        type: 'string',
        description:
          "Language of the element's text (`en`, `fr`, `de`, `es`, `it`, `ar`; more with `registerLanguage`). Read from the element, then its ancestors, then `<html lang>`.",
      },
      month: {
        property: 'month',
        type: 'string',
        default: '',
        description:
          'The month shown, `YYYY-MM`; default the current month. Updated (and reflected) when the visitor navigates.',
      },
      'week-start': {
        property: 'weekStart',
        type: 'number',
        nullable: true,
        default: null,
        description:
          "First day of the week, 0 (Sunday) to 6 (Saturday). Default: the custom where the element's language is spoken (Sunday in American English, Monday in French…).",
      },
      theme: {
        property: 'theme',
        type: 'string',
        values: ['light', 'dark', 'auto'],
        default: 'light',
        description: "Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system).",
      },
      'without-json-ld': {
        property: 'withoutJsonLd',
        type: 'boolean',
        default: false,
        description:
          'Leaves out the schema.org JSON-LD the element otherwise writes into the page.',
      },
      'link-to': {
        property: 'linkTo',
        type: 'string',
        values: ['dialog', 'instance'],
        default: 'dialog',
        description:
          "Where an event's link leads: `dialog` (its details over the page, with participation) or `instance` (its page on the Mobilizon instance).",
      },
      'heading-level': {
        property: 'headingLevel',
        type: 'number',
        default: 3,
        description:
          'Level of the month heading (1–6, default 3); the day headings of the day list and the agenda go one level below, down to 6.',
      },
      instance: {
        property: 'instance',
        type: 'string',
        default: '',
        description: 'Base URL of the Mobilizon instance, e.g. `https://mobilizon.fr`.',
      },
      endpoint: {
        property: 'endpoint',
        type: 'string',
        default: '',
        description:
          "A GraphQL endpoint to call instead of `<instance>/api`: a same-origin proxy serving this instance (the WordPress plugin's privacy mode). Links still go to the instance.",
      },
      group: {
        property: 'group',
        type: 'string',
        default: '',
        description:
          'Group handles, comma-separated: `name` for a local group, `name@domain` for a remote one.',
      },
      tags: {
        property: 'tags',
        type: 'string',
        default: '',
        description: 'Tags, comma-separated: events with any of them.',
      },
      category: {
        property: 'category',
        type: 'string',
        default: '',
        description: 'A Mobilizon category id, e.g. `MEETING`.',
      },
      type: {
        property: 'type',
        type: 'string',
        values: ['online', 'in-person', ''],
        default: '',
        description: '`online` or `in-person`.',
      },
      near: {
        property: 'near',
        type: 'string',
        default: '',
        description: 'A point, `"lat,lon"`: only events within `radius` km of it.',
      },
      radius: {
        property: 'radius',
        type: 'number',
        nullable: true,
        default: null,
        description: 'Kilometres around `near` (default 50).',
      },
      from: {
        property: 'from',
        type: 'string',
        default: '',
        description: 'First day (`YYYY-MM-DD`) or instant; default: now.',
      },
      to: {
        property: 'to',
        type: 'string',
        default: '',
        description: 'Last day (`YYYY-MM-DD`) or instant.',
      },
      search: {
        property: 'search',
        type: 'string',
        default: '',
        description: 'Free text searched in titles, descriptions and tags.',
      },
      'with-cancelled': {
        property: 'withCancelled',
        type: 'boolean',
        default: false,
        description: 'Also show cancelled events (they are hidden by default).',
      },
    },
  },
  'kiosque-event': {
    module: 'src/event/event.ts',
    attributes: {
      lang: {
        property: null,
        type: 'string',
        description:
          "Language of the element's text (`en`, `fr`, `de`, `es`, `it`, `ar`; more with `registerLanguage`). Read from the element, then its ancestors, then `<html lang>`.",
      },
      instance: {
        property: 'instance',
        type: 'string',
        default: '',
        description: 'Base URL of the Mobilizon instance, e.g. `https://mobilizon.fr`.',
      },
      endpoint: {
        property: 'endpoint',
        type: 'string',
        default: '',
        description:
          "A GraphQL endpoint to call instead of `<instance>/api`: a same-origin proxy serving this instance (the WordPress plugin's privacy mode).",
      },
      uuid: {
        property: 'uuid',
        type: 'string',
        default: '',
        description: "The event's UUID, as in its address on the instance: `/events/<uuid>`.",
      },
      theme: {
        property: 'theme',
        type: 'string',
        values: ['light', 'dark', 'auto'],
        default: 'light',
        description: "Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system).",
      },
      'heading-level': {
        property: 'headingLevel',
        type: 'number',
        default: 2,
        description:
          'Level of the title heading (1–6, default 2); description headings go below it.',
      },
      'without-json-ld': {
        property: 'withoutJsonLd',
        type: 'boolean',
        default: false,
        description: 'Do not write schema.org JSON-LD into the light DOM.',
      },
      'without-image': {
        property: 'withoutImage',
        type: 'boolean',
        default: false,
        description: "Hides the event's picture.",
      },
    },
  },
  'kiosque-event-dialog': {
    module: 'src/dialog/dialog.ts',
    attributes: {
      lang: {
        property: null,
        type: 'string',
        description:
          'Language of the dialog and the event (`en`, `fr`, …). `show()` sets it to the language of the view the event was opened from.',
      },
      theme: {
        property: 'theme',
        type: 'string',
        values: ['light', 'dark', 'auto'],
        default: 'light',
        description:
          "Colour scheme of the dialog and the event: `light`, `dark` or `auto`. `show()` sets it to the view's.",
      },
    },
  },
  'kiosque-events': {
    module: 'src/events/events.ts',
    attributes: {
      lang: {
        property: null,
        type: 'string',
        description:
          "Language of the element's text (`en`, `fr`, `de`, `es`, `it`, `ar`; more with `registerLanguage`). Read from the element, then its ancestors, then `<html lang>`.",
      },
      limit: {
        property: 'limit',
        type: 'number',
        default: 10,
        description: 'How many events to show at first, and to add with "More events" (1–99).',
      },
      layout: {
        property: 'layout',
        type: 'string',
        values: ['list', 'grid', 'compact'],
        default: 'list',
        description:
          '`list` (grouped under day headings), `grid` (cards with pictures) or `compact` (one line each).',
      },
      'without-images': {
        property: 'withoutImages',
        type: 'boolean',
        default: false,
        description: 'Hides the event pictures.',
      },
      'without-json-ld': {
        property: 'withoutJsonLd',
        type: 'boolean',
        default: false,
        description: 'Does not write schema.org JSON-LD for the events into the page.',
      },
      'without-footer': {
        property: 'withoutFooter',
        type: 'boolean',
        default: false,
        description: 'Hides the "More events" button and the links to the instance.',
      },
      theme: {
        property: 'theme',
        type: 'string',
        values: ['light', 'dark', 'auto'],
        default: 'light',
        description: "Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system).",
      },
      'link-to': {
        property: 'linkTo',
        type: 'string',
        values: ['dialog', 'instance'],
        default: 'dialog',
        description:
          "Where an event's title leads: `dialog` (its details over the page, with participation) or `instance` (its page on the Mobilizon instance).",
      },
      'heading-level': {
        property: 'headingLevel',
        type: 'number',
        default: 3,
        description:
          'Level of the day headings (1–6, default 3); event titles go one level below, down to 6.',
      },
      instance: {
        property: 'instance',
        type: 'string',
        default: '',
        description: 'Base URL of the Mobilizon instance, e.g. `https://mobilizon.fr`.',
      },
      endpoint: {
        property: 'endpoint',
        type: 'string',
        default: '',
        description:
          "A GraphQL endpoint to call instead of `<instance>/api`: a same-origin proxy serving this instance (the WordPress plugin's privacy mode). Links still go to the instance.",
      },
      group: {
        property: 'group',
        type: 'string',
        default: '',
        description:
          'Group handles, comma-separated: `name` for a local group, `name@domain` for a remote one.',
      },
      tags: {
        property: 'tags',
        type: 'string',
        default: '',
        description: 'Tags, comma-separated: events with any of them.',
      },
      category: {
        property: 'category',
        type: 'string',
        default: '',
        description: 'A Mobilizon category id, e.g. `MEETING`.',
      },
      type: {
        property: 'type',
        type: 'string',
        values: ['online', 'in-person', ''],
        default: '',
        description: '`online` or `in-person`.',
      },
      near: {
        property: 'near',
        type: 'string',
        default: '',
        description: 'A point, `"lat,lon"`: only events within `radius` km of it.',
      },
      radius: {
        property: 'radius',
        type: 'number',
        nullable: true,
        default: null,
        description: 'Kilometres around `near` (default 50).',
      },
      from: {
        property: 'from',
        type: 'string',
        default: '',
        description: 'First day (`YYYY-MM-DD`) or instant; default: now.',
      },
      to: {
        property: 'to',
        type: 'string',
        default: '',
        description: 'Last day (`YYYY-MM-DD`) or instant.',
      },
      search: {
        property: 'search',
        type: 'string',
        default: '',
        description: 'Free text searched in titles, descriptions and tags.',
      },
      'with-cancelled': {
        property: 'withCancelled',
        type: 'boolean',
        default: false,
        description: 'Also show cancelled events (they are hidden by default).',
      },
    },
  },
  'kiosque-filters': {
    module: 'src/filters/filters.ts',
    attributes: {
      lang: {
        property: null,
        type: 'string',
        description:
          'Language of the filters\' text (`en`, `fr`, `de`, `es`, `it`, `ar`; more with `registerLanguage`). Read from the element, then its ancestors, then `<html lang>`; it also decides which days make "this weekend".',
      },
      for: {
        property: 'for',
        type: 'string',
        default: '',
        description:
          'Ids of the views to drive, space-separated (in the same document or shadow root).',
      },
      instance: {
        property: 'instance',
        type: 'string',
        default: '',
        description:
          'Instance whose categories are offered; default: that of the first view driven.',
      },
      'without-url': {
        property: 'withoutUrl',
        type: 'boolean',
        default: false,
        description:
          'Leaves the page address alone (for several filters on one page, or previews).',
      },
      theme: {
        property: 'theme',
        type: 'string',
        values: ['light', 'dark', 'auto'],
        default: 'light',
        description: "Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system).",
      },
    },
  },
  'kiosque-map': {
    module: 'src/map/map.ts',
    attributes: {
      lang: {
        property: null,
        type: 'string',
        description:
          "Language of the element's text (`en`, `fr`, `de`, `es`, `it`, `ar`; more with `registerLanguage`). Read from the element, then its ancestors, then `<html lang>`.",
      },
      limit: {
        property: 'limit',
        type: 'number',
        default: 99,
        description:
          "How many events to fetch (1–99, the instance's maximum per request). Default 99.",
      },
      center: {
        property: 'center',
        type: 'string',
        default: '',
        description: '`"lat,lon"`: centre the map here instead of fitting it to the events.',
      },
      zoom: {
        property: 'zoom',
        type: 'number',
        nullable: true,
        default: null,
        description: 'Zoom level (0–19): with `center`, or alone around the events.',
      },
      tiles: {
        property: 'tiles',
        type: 'string',
        default: '',
        description: "Tile URL template (`https://…/{z}/{x}/{y}.png`); default: the instance's.",
      },
      attribution: {
        property: 'attribution',
        type: 'string',
        default: '',
        description: "Attribution shown for the tiles (text); default: the instance's.",
      },
      consent: {
        property: 'consent',
        type: 'boolean',
        default: false,
        description: 'Show a placeholder and load no tile until the visitor presses "Show map".',
      },
      locate: {
        property: 'locate',
        type: 'boolean',
        default: false,
        description:
          'Show a "Near me" button: recentres on the visitor and keeps events within `radius`.',
      },
      for: {
        property: 'for',
        type: 'string',
        default: '',
        description:
          'Id of a `<kiosque-events>` (or any element following the same contract) to sync with.',
      },
      label: {
        property: 'label',
        type: 'string',
        default: '',
        description: 'Accessible name of the map; default: a localized "Map of events".',
      },
      theme: {
        property: 'theme',
        type: 'string',
        values: ['light', 'dark', 'auto'],
        default: 'light',
        description: "Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system).",
      },
      'link-to': {
        property: 'linkTo',
        type: 'string',
        values: ['dialog', 'instance'],
        default: 'dialog',
        description:
          "Where an event's link leads: `dialog` (its details over the page, with participation) or `instance` (its page on the Mobilizon instance).",
      },
      instance: {
        property: 'instance',
        type: 'string',
        default: '',
        description: 'Base URL of the Mobilizon instance, e.g. `https://mobilizon.fr`.',
      },
      endpoint: {
        property: 'endpoint',
        type: 'string',
        default: '',
        description:
          "A GraphQL endpoint to call instead of `<instance>/api`: a same-origin proxy serving this instance (the WordPress plugin's privacy mode). Links still go to the instance.",
      },
      group: {
        property: 'group',
        type: 'string',
        default: '',
        description:
          'Group handles, comma-separated: `name` for a local group, `name@domain` for a remote one.',
      },
      tags: {
        property: 'tags',
        type: 'string',
        default: '',
        description: 'Tags, comma-separated: events with any of them.',
      },
      category: {
        property: 'category',
        type: 'string',
        default: '',
        description: 'A Mobilizon category id, e.g. `MEETING`.',
      },
      type: {
        property: 'type',
        type: 'string',
        values: ['online', 'in-person', ''],
        default: '',
        description: '`online` or `in-person`.',
      },
      near: {
        property: 'near',
        type: 'string',
        default: '',
        description: 'A point, `"lat,lon"`: only events within `radius` km of it.',
      },
      radius: {
        property: 'radius',
        type: 'number',
        nullable: true,
        default: null,
        description: 'Kilometres around `near` (default 50).',
      },
      from: {
        property: 'from',
        type: 'string',
        default: '',
        description: 'First day (`YYYY-MM-DD`) or instant; default: now.',
      },
      to: {
        property: 'to',
        type: 'string',
        default: '',
        description: 'Last day (`YYYY-MM-DD`) or instant.',
      },
      search: {
        property: 'search',
        type: 'string',
        default: '',
        description: 'Free text searched in titles, descriptions and tags.',
      },
      'with-cancelled': {
        property: 'withCancelled',
        type: 'boolean',
        default: false,
        description: 'Also show cancelled events (they are hidden by default).',
      },
    },
  },
  'kiosque-rsvp': {
    module: 'src/rsvp/rsvp.ts',
    attributes: {
      lang: {
        property: null,
        type: 'string',
        description:
          "Language of the element's text (`en`, `fr`, `de`, `es`, `it`, `ar`; more with `registerLanguage`). Read from the element, then its ancestors, then `<html lang>`.",
      },
      instance: {
        property: 'instance',
        type: 'string',
        default: '',
        description:
          'Base URL of the Mobilizon instance, e.g. `https://mobilizon.fr`. Not needed when `event` is set.',
      },
      endpoint: {
        property: 'endpoint',
        type: 'string',
        default: '',
        description:
          "A GraphQL endpoint to call instead of `<instance>/api`: a same-origin proxy serving this instance (the WordPress plugin's privacy mode).",
      },
      uuid: {
        property: 'uuid',
        type: 'string',
        default: '',
        description: 'UUID of the event. Not needed when `event` is set.',
      },
      compact: {
        property: 'compact',
        type: 'boolean',
        default: false,
        description:
          'Shows only a "Participate" button (or why participation is not possible) that expands the ways to participate inline: for event cards and `<kiosque-event>`.',
      },
      expanded: {
        property: 'expanded',
        type: 'boolean',
        default: false,
        description: 'In compact mode, whether the ways to participate are shown.',
      },
      theme: {
        property: 'theme',
        type: 'string',
        values: ['light', 'dark', 'auto'],
        default: 'light',
        description: "Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system).",
      },
    },
  },
  'kiosque-source': {
    module: 'src/source/source.ts',
    attributes: {
      endpoint: {
        property: null,
        type: 'string',
        description:
          "A GraphQL endpoint to call instead of `<instance>/api` for this source: a same-origin proxy serving its instance (the WordPress plugin's privacy mode). Links still go to the instance.",
      },
      instance: {
        property: 'instance',
        type: 'string',
        default: '',
        description: "Base URL of the Mobilizon instance; empty: the parent element's `instance`.",
      },
      group: {
        property: 'group',
        type: 'string',
        default: '',
        description:
          "Comma-separated group handles: `name` or `name@domain`. Empty: the instance's events.",
      },
    },
  },
  'kiosque-views': {
    module: 'src/views/views.ts',
    attributes: {
      lang: {
        property: null,
        type: 'string',
        description:
          "Language of the tabs' default labels (`en`, `fr`, `de`, `es`, `it`, `ar`; more with `registerLanguage`). Read from the element, then its ancestors, then `<html lang>`; in right-to-left languages the arrow keys are swapped.",
      },
      view: {
        property: 'view',
        type: 'string',
        default: '',
        description:
          'The view shown (its name); default: the first. Updated when the visitor switches.',
      },
      label: {
        property: 'label',
        type: 'string',
        default: '',
        description: 'Accessible name of the tabs; default: a localized "Views".',
      },
      'without-url': {
        property: 'withoutUrl',
        type: 'boolean',
        default: false,
        description: 'Leaves the page address alone.',
      },
      theme: {
        property: 'theme',
        type: 'string',
        values: ['light', 'dark', 'auto'],
        default: 'light',
        description: "Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system).",
      },
    },
  },
} as const satisfies Record<string, ElementContract>;

/** A Kiosque element tag. */
export type KiosqueTag = keyof typeof ELEMENTS;

/**
 * Whether a page may write `name` on the element: one of its attributes, one every host takes,
 * or one of HTML's own (`class`, `id`, `style`, `title`, `data-*`).
 */
export function isAttributeOf(tag: KiosqueTag, name: string): boolean {
  return (
    Object.hasOwn(ELEMENTS[tag].attributes, name) ||
    Object.hasOwn(HOST_ATTRIBUTES, name) ||
    (GLOBAL_ATTRIBUTES as readonly string[]).includes(name) ||
    /^data-[a-z0-9-]+$/.test(name)
  );
}
