import { languagesReady } from '../i18n/index.js';
import type { LitElement } from 'lit';

declare global {
  interface Window {
    KIOSQUE_TEST: { instances: Record<string, string> };
    /** Installed by test/console-guard.js on every test page. */
    __kiosqueConsoleGuard: { expect(pattern: RegExp, level?: string): Promise<string> };
  }
}

export type TestInstance =
  | 'main'
  | 'second'
  | 'v1'
  | 'v2'
  | 'broken'
  | 'event-faults'
  /** The fault matrix's own instance (src/faults/faults.matrix.test.ts). */
  | 'faults'
  | 'down'
  | 'rsvp'
  /** The demo page's journey tests (they participate in events). */
  | 'journey'
  | 'no-email-validation'
  /** Events with an XSS vector in every field (test/hostile-events.mjs). */
  | 'hostile'
  /** A local port nobody listens on. */
  | 'closed';

/** URL of a dev instance started for the tests (see test/dev-instances.mjs). */
export function instanceUrl(name: TestInstance = 'main'): string {
  const url = window.KIOSQUE_TEST.instances[name];
  if (!url) throw new Error(`No dev instance named ${name}`);
  return url;
}

/** Sets the faults of a dev instance through its admin endpoint. */
export async function setFaults(
  name: TestInstance,
  faults: { mode?: string; latencyMs?: number },
): Promise<void> {
  const response = await fetch(`${instanceUrl(name)}/__kiosque/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!response.ok) throw new Error(`Could not set faults: ${response.status}`);
}

/** Resolves once `predicate` holds, checking after each update and frame. */
export async function until(
  predicate: () => boolean,
  message = 'condition',
  timeout = 8000,
): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits for an element's next `kiosque-load` or `kiosque-error`. */
export function settled(element: LitElement): Promise<Event> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      element.removeEventListener('kiosque-load', done);
      element.removeEventListener('kiosque-error', done);
      resolve(event);
    };
    element.addEventListener('kiosque-load', done);
    element.addEventListener('kiosque-error', done);
  });
}

/**
 * Declares that the current test causes a console warning or error (or an uncaught error)
 * matching `pattern`. Every element test runs under the console guard (test/console-guard.js):
 * any other console warning or error fails the test. The matching messages of this test are
 * taken off, and the test fails if none came. Resolves with the first matching message, so a
 * test can wait for it.
 */
export function expectConsole(
  pattern: RegExp,
  level?: 'warn' | 'error' | 'uncaught' | 'unhandled rejection',
): Promise<string> {
  return window.__kiosqueConsoleGuard.expect(pattern, level);
}

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no open shadow root`);
  return element.shadowRoot;
}

/** Resolves once an element shows something other than its loading state. */
export async function loaded(element: LitElement): Promise<void> {
  await languagesReady();
  await element.updateComplete;
  await until(
    () => !!element.shadowRoot && !element.shadowRoot.querySelector('.skeleton'),
    `<${element.localName}> to finish loading`,
  );
  await languagesReady();
  await element.updateComplete;
}
