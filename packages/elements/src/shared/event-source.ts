import type { LitElement, PropertyDeclarations } from 'lit';
import type { EventQuery, Source } from '@kiosque/client';
import { splitList } from './sources.js';

// Lit mixins need a constructor type that accepts any arguments.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

export const EVENT_TYPES = ['online', 'in-person'] as const;
export type EventTypeFilter = (typeof EVENT_TYPES)[number];

/** The filters shared by every element that shows several events. */
export interface EventFilters {
  instance: string;
  group: string;
  tags: string;
  category: string;
  type: EventTypeFilter | '';
  near: string;
  radius: number | null;
  from: string;
  to: string;
  search: string;
  withCancelled: boolean;
}

export declare class EventSourceInterface implements EventFilters {
  instance: string;
  endpoint: string;
  group: string;
  tags: string;
  category: string;
  type: EventTypeFilter | '';
  near: string;
  radius: number | null;
  from: string;
  to: string;
  search: string;
  withCancelled: boolean;
  /** Bumped whenever a `<kiosque-source>` child is added, removed or changed. */
  protected sourcesVersion: number;
  /** Every source: the element's own `instance`/`group`, then each `<kiosque-source>` child. */
  sources(): Source[];
  /** The filters as the client takes them (without groups, which live in sources). */
  eventQuery(): Omit<EventQuery, 'groups'>;
  /** A string that changes exactly when sources or filters change: a Task argument. */
  sourceKey(): string;
}

/** "48.85,2.35" → { lat, lon }, or null when it is not a valid coordinate pair. */
export function parseNear(value: string | null | undefined): { lat: number; lon: number } | null {
  if (!value) return null;
  const [lat, lon] = value.split(',').map((part) => Number(part.trim()));
  if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    return null;
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}

/**
 * "2026-05-03" (a day: from its start, or to its end) or a full ISO instant → Date;
 * anything else → null. Days are taken in the visitor's time zone.
 */
export function parseDay(value: string | null | undefined, edge: 'start' | 'end'): Date | null {
  if (!value) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (day) {
    const [, y, m, d] = day.map(Number);
    const date =
      edge === 'start'
        ? new Date(y!, m! - 1, d!, 0, 0, 0, 0)
        : new Date(y!, m! - 1, d!, 23, 59, 59, 999);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/**
 * Adds the shared source and filter attributes to an element, and follows its
 * `<kiosque-source>` children.
 */
export function EventSourceMixin<T extends Constructor<LitElement>>(
  Base: T,
): Constructor<EventSourceInterface> & T {
  class EventSourceElement extends Base {
    static properties: PropertyDeclarations = {
      instance: { reflect: true },
      endpoint: {},
      group: { reflect: true },
      tags: {},
      category: {},
      type: {},
      near: {},
      radius: { type: Number },
      from: {},
      to: {},
      search: {},
      withCancelled: { type: Boolean, attribute: 'with-cancelled' },
    };

    static {
      (this as unknown as typeof LitElement).createProperty('sourcesVersion', { state: true });
    }

    /** Base URL of the Mobilizon instance, e.g. `https://mobilizon.fr`. */
    instance = '';

    /**
     * A GraphQL endpoint to call instead of `<instance>/api`: a same-origin proxy serving this
     * instance (the WordPress plugin's privacy mode). Links still go to the instance.
     */
    endpoint = '';

    /** Group handles, comma-separated: `name` for a local group, `name@domain` for a remote one. */
    group = '';

    /** Tags, comma-separated: events with any of them. */
    tags = '';

    /** A Mobilizon category id, e.g. `MEETING`. */
    category = '';

    /** `online` or `in-person`. */
    type: EventTypeFilter | '' = '';

    /** A point, `"lat,lon"`: only events within `radius` km of it. */
    near = '';

    /** Kilometres around `near` (default 50). */
    radius: number | null = null;

    /** First day (`YYYY-MM-DD`) or instant; default: now. */
    from = '';

    /** Last day (`YYYY-MM-DD`) or instant. */
    to = '';

    /** Free text searched in titles, descriptions and tags. */
    search = '';

    /** Also show cancelled events (they are hidden by default). */
    withCancelled = false;

    protected sourcesVersion = 0;

    #observer: MutationObserver | null = null;
    #onSourceChange = () => {
      this.sourcesVersion++;
    };

    override connectedCallback(): void {
      super.connectedCallback();
      this.addEventListener('kiosque-source-change', this.#onSourceChange);
      this.#observer = new MutationObserver((records) => {
        const touched = records.some((record) =>
          [...record.addedNodes, ...record.removedNodes].some(
            (node) => node instanceof Element && node.localName === 'kiosque-source',
          ),
        );
        if (touched) this.sourcesVersion++;
      });
      this.#observer.observe(this, { childList: true });
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      this.removeEventListener('kiosque-source-change', this.#onSourceChange);
      this.#observer?.disconnect();
      this.#observer = null;
    }

    sources(): Source[] {
      const list: Source[] = [];
      if (this.instance) {
        list.push({
          instance: this.instance,
          groups: splitList(this.group),
          ...(this.endpoint ? { endpoint: this.endpoint } : {}),
        });
      }
      for (const child of this.querySelectorAll(':scope > kiosque-source')) {
        const instance = child.getAttribute('instance')?.trim() || this.instance;
        if (!instance) continue;
        const endpoint = child.getAttribute('endpoint')?.trim();
        list.push({
          instance,
          groups: splitList(child.getAttribute('group')),
          ...(endpoint ? { endpoint } : {}),
        });
      }
      return list;
    }

    eventQuery(): Omit<EventQuery, 'groups'> {
      const query: Omit<EventQuery, 'groups'> = {};
      const tags = splitList(this.tags);
      if (tags.length) query.tags = tags;
      if (this.category.trim()) query.category = this.category.trim();
      if (this.type === 'online' || this.type === 'in-person') query.type = this.type;
      const near = parseNear(this.near);
      if (near) {
        query.near = near;
        if (this.radius !== null && Number.isFinite(this.radius) && this.radius > 0) {
          query.radius = this.radius;
        }
      }
      const from = parseDay(this.from, 'start');
      const to = parseDay(this.to, 'end');
      if (from) query.from = from;
      if (to) query.to = to;
      if (this.search.trim()) query.search = this.search.trim();
      if (this.withCancelled) query.includeCancelled = true;
      return query;
    }

    sourceKey(): string {
      return JSON.stringify([this.sources(), this.eventQuery(), this.sourcesVersion]);
    }
  }
  return EventSourceElement as unknown as Constructor<EventSourceInterface> & T;
}
