import { LitElement, css, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { KIOSQUE_VERSION } from '../shared/define.js';

/** Fired (bubbling) when a `<kiosque-source>`'s instance or groups change. */
export class KiosqueSourceChangeEvent extends Event {
  static readonly eventName = 'kiosque-source-change';
  constructor() {
    super(KiosqueSourceChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kiosque-source-change': KiosqueSourceChangeEvent;
  }
}

/**
 * One more source of events for the element it is placed in (`<kiosque-events>`,
 * `<kiosque-calendar>`, `<kiosque-map>`): an instance, and optionally some of its groups.
 * Events from every source are merged, deduplicated and sorted.
 *
 * @tagname kiosque-source
 * @summary An extra source of events (instance and groups) for its parent element.
 *
 * @attribute {string} endpoint - A GraphQL endpoint to call instead of `<instance>/api` for this source: a same-origin proxy serving its instance (the WordPress plugin's privacy mode). Links still go to the instance.
 *
 * @event kiosque-source-change - Its instance or groups changed (bubbles to the parent element). No detail.
 */
export class KiosqueSource extends LitElement {
  static readonly version = KIOSQUE_VERSION;
  static override styles = css`
    :host {
      display: none;
    }
  `;

  /** Base URL of the Mobilizon instance; empty: the parent element's `instance`. */
  @property({ reflect: true }) instance = '';

  /** Comma-separated group handles: `name` or `name@domain`. Empty: the instance's events. */
  @property({ reflect: true }) group = '';

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('instance') || changed.has('group')) {
      this.dispatchEvent(new KiosqueSourceChangeEvent());
    }
  }

  override render(): typeof nothing {
    return nothing;
  }
}
