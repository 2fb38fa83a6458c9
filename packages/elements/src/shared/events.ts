import type { KiosqueError, KiosqueEvent } from '@kiosque/client';

/** Fired when events have been loaded and rendered. */
export class KiosqueLoadEvent extends Event {
  static readonly eventName = 'kiosque-load';
  readonly count: number;
  readonly stale: boolean;
  constructor(count: number, stale: boolean) {
    super(KiosqueLoadEvent.eventName, { bubbles: true, composed: true });
    this.count = count;
    this.stale = stale;
  }
  get detail(): { count: number; stale: boolean } {
    return { count: this.count, stale: this.stale };
  }
}

/** Fired when loading failed and no usable data could be shown. */
export class KiosqueErrorEvent extends Event {
  static readonly eventName = 'kiosque-error';
  readonly error: KiosqueError;
  constructor(error: KiosqueError) {
    super(KiosqueErrorEvent.eventName, { bubbles: true, composed: true });
    this.error = error;
  }
  get detail(): { error: KiosqueError } {
    return { error: this.error };
  }
}

/**
 * Fired when the visitor selects an event in a view (a marker on a map, "Show on map" in a
 * list), so that a synced view can highlight it.
 */
export class KiosqueEventSelectEvent extends Event {
  static readonly eventName = 'kiosque-event-select';
  readonly event: KiosqueEvent;
  constructor(event: KiosqueEvent) {
    super(KiosqueEventSelectEvent.eventName, { bubbles: true, composed: true });
    this.event = event;
  }
  get detail(): { event: KiosqueEvent } {
    return { event: this.event };
  }
}

/**
 * Fired when the visitor activates an event's link in a view, before its details open in the
 * page's dialog. Cancelable: `preventDefault()` and nothing opens (the host takes over).
 */
export class KiosqueEventOpenEvent extends Event {
  static readonly eventName = 'kiosque-event-open';
  readonly event: KiosqueEvent;
  constructor(event: KiosqueEvent) {
    super(KiosqueEventOpenEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.event = event;
  }
  get detail(): { event: KiosqueEvent } {
    return { event: this.event };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kiosque-load': KiosqueLoadEvent;
    'kiosque-error': KiosqueErrorEvent;
    'kiosque-event-select': KiosqueEventSelectEvent;
    'kiosque-event-open': KiosqueEventOpenEvent;
  }
}
