/**
 * The `hostile` dev instance serves events with an XSS vector in every field (title,
 * description, address, tags, picture, online and external URLs). Every vector that runs
 * calls alert/confirm/prompt/print, console.log/info, or `__kiosqueXss`, all recorded here
 * (a console warning or error fails the test through the console guard of every test).
 */
export interface Sentinel {
  ran: string[];
  restore(): void;
}

export function watchForScripts(): Sentinel {
  const ran: string[] = [];
  const w = window as unknown as Record<string, unknown>;
  const names = ['alert', 'confirm', 'prompt', 'print', '__kiosqueXss'] as const;
  const saved = new Map(names.map((name) => [name, w[name]]));
  for (const name of names) w[name] = (...args: unknown[]) => ran.push(`${name}(${args.join()})`);
  const consoleSaved = { log: console.log, info: console.info };
  for (const level of ['log', 'info'] as const) {
    console[level] = (...args: unknown[]) =>
      ran.push(`console.${level}(${args.map(String).join(' ')})`);
  }
  return {
    ran,
    restore() {
      for (const [name, value] of saved) w[name] = value;
      Object.assign(console, consoleSaved);
    },
  };
}

/** Every shadow root under `root`, nested ones included. */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  }
  return found;
}

const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
];
const DANGEROUS_ELEMENTS = 'script, iframe, object, embed, base, meta, form, frame, frameset, link';

/** Structured data the element writes for search engines: inert, as long as it is valid JSON. */
function isJsonLd(el: Element): boolean {
  if (el.localName !== 'script' || el.getAttribute('type') !== 'application/ld+json') return false;
  try {
    JSON.parse(el.textContent ?? '');
    return true;
  } catch {
    return false;
  }
}

/** What in a rendered tree could run script or load from a non-http(s) URL. */
export function unsafeNodes(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      const value = el.getAttribute(attr) ?? '';
      if (/^on/i.test(attr)) problems.push(`<${el.localName} ${attr}>`);
      if (URL_ATTRIBUTES.includes(attr.toLowerCase())) {
        const urls =
          attr === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
        for (const url of urls) {
          let protocol = '';
          try {
            protocol = new URL(url, document.baseURI).protocol;
          } catch {
            protocol = 'invalid:';
          }
          if (protocol !== 'http:' && protocol !== 'https:') {
            problems.push(`<${el.localName} ${attr}="${url}">`);
          }
        }
      }
      if (attr === 'style' && /url\s*\(|expression\s*\(/i.test(value)) {
        problems.push(`<${el.localName} style="${value}">`);
      }
    }
    if (el.matches(DANGEROUS_ELEMENTS) && !isJsonLd(el)) problems.push(`<${el.localName}>`);
  }
  return problems;
}

/** The next event `type` on `target`. */
function next(target: EventTarget, type: string): Promise<Event> {
  return new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
}

/** The start of the next rendering update (autofocus, animation events and frames run in it). */
function frame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Resolves once every vector in `element`'s shadow root that runs late would have run. Canaries
 * put in the shadow root after the content fire from the same queues as the vectors do, after
 * them: an image from `server` (the instance the content came from, whose pictures are the
 * ones that load) that fails (`<img src=x onerror>`), a `<details open>` that toggles
 * (`ontoggle`), an SVG animation that begins (`onbegin`); then two rendering updates pass
 * (`autofocus` and `onfocus`, animations). The canaries are removed before it resolves.
 */
export async function lateVectorsSettled(element: Element, server: string): Promise<void> {
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.innerHTML =
    '<img alt=""><details open><summary>canary</summary></details>' +
    '<svg width="1" height="1"><animate attributeName="x" dur="1s"></animate></svg>';
  holder.querySelector('img')!.src = new URL('/kiosque-xss-canary.png', server).href;
  const fired = Promise.all([
    next(holder.querySelector('img')!, 'error'),
    next(holder.querySelector('details')!, 'toggle'),
    next(holder.querySelector('animate')!, 'beginEvent'),
  ]);
  (element.shadowRoot ?? element).append(holder);
  try {
    await fired;
    await frame();
    await frame();
  } finally {
    holder.remove();
  }
}
