// Renders Kiosque's elements and FullCalendar with the same events, one at a time, for
// bench/lib/peers.mjs: window.benchData(data) sets the events, window.benchMeasure(contender)
// times one render.
import * as kiosque from '/dist/kiosque.js';
import { renderCalendar } from '/peers/fullcalendar.js';

let data = { kiosque: [], fullcalendar: [], titles: [] };

const MOUNT = {
  kiosque(host, events, { tag, attributes }) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.events = events;
    host.append(element);
    return { root: element.shadowRoot ?? element, destroy() {} };
  },
  fullcalendar(host, events, { options }) {
    const container = document.createElement('div');
    host.append(container);
    const calendar = renderCalendar(container, { ...options, events });
    return { root: container, destroy: () => calendar.destroy() };
  },
};

const VISIBLE = { visibilityProperty: true, opacityProperty: true };

/** The texts under `root` (shadow root or element) that are one of `titles` and on screen. */
function* shownTitles(root, titles) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data.trim();
    if (titles.has(text) && node.parentElement?.checkVisibility(VISIBLE)) yield text;
  }
}

/** Resolves with `performance.now()` once `title` is on screen under `root`. */
function whenShown(root, title) {
  const wanted = new Set([title]);
  return new Promise((resolve, reject) => {
    let frame = 0;
    const observer = new MutationObserver(() => check());
    const timeout = setTimeout(() => {
      stop();
      reject(new Error(`"${title}" not on screen within 30 s`));
    }, 30_000);
    function stop() {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
    }
    function check() {
      if (shownTitles(root, wanted).next().done) return false;
      const now = performance.now();
      stop();
      resolve(now);
      return true;
    }
    // Mutations say when the DOM changed, frames when only the layout did.
    function poll() {
      if (!check()) frame = requestAnimationFrame(poll);
    }
    if (check()) return;
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    frame = requestAnimationFrame(poll);
  });
}

const twoFrames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

window.benchReady = Promise.all(
  ['kiosque-events', 'kiosque-calendar'].map((tag) => kiosque.defineKiosqueElement?.(tag)),
);

window.benchData = (next) => {
  data = next;
};

window.benchMeasure = async (contender) => {
  const events = data[contender.kind].slice(0, contender.take);
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  await twoFrames();
  const start = performance.now();
  const mounted = MOUNT[contender.kind](host, events, contender);
  const laidOut = await whenShown(mounted.root, contender.last);
  await twoFrames();
  const screen = performance.now() - start;
  const shown = new Set(shownTitles(mounted.root, new Set(data.titles))).size;
  mounted.destroy();
  host.remove();
  return { screen, lastTitleVisible: laidOut - start, shown };
};
