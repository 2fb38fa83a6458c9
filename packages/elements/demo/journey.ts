/**
 * The demo page's content, shared by the demo (`demo.ts`, served by `npm start`) and the
 * Chromium tests of the visitor's journey (`src/journey/*.test.ts`), so the tests walk the very
 * page people try: filters driving a list, a calendar and a map in one switchable area, event
 * details in a dialog with participation, and a second list beside it.
 */

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface DemoOptions {
  /** Base URL of the Mobilizon instance, e.g. the dev instance at `http://localhost:4000`. */
  instance: string;
}

/** Renders the demo into `container` (replacing what it holds); returns the container. */
export function renderDemo(container: HTMLElement, { instance }: DemoOptions): HTMLElement {
  const at = escapeAttribute(instance);
  container.innerHTML = `
    <section class="journey" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Find an event</h2>
      <kiosque-filters>
        <kiosque-views label="Show the events as">
          <kiosque-events id="agenda" instance="${at}" limit="12"></kiosque-events>
          <kiosque-calendar instance="${at}"></kiosque-calendar>
          <kiosque-map for="agenda" instance="${at}"></kiosque-map>
        </kiosque-views>
      </kiosque-filters>
    </section>
    <aside class="groups" aria-labelledby="groups-heading">
      <h2 id="groups-heading">Climate Action and Repair Café</h2>
      <kiosque-events
        instance="${at}"
        group="climate-action,repair-cafe"
        limit="5"
        layout="compact"
        without-images
      ></kiosque-events>
    </aside>`;
  return container;
}
