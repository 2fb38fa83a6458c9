import type { KiosqueError } from '@kiosque/client';

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

declare global {
  interface GlobalEventHandlersEventMap {
    'kiosque-load': KiosqueLoadEvent;
    'kiosque-error': KiosqueErrorEvent;
  }
}
