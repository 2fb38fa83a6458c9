/**
 * Hostile content for the end-to-end suite: an instance whose every rendered field carries an
 * XSS vector (the corpus of @kiosque/dev-instance), and the checks of a page that shows it —
 * on the HTML the server sent (parsed by Chromium with JavaScript off) and on the live page
 * after the elements upgraded, with a sentinel that records any script that runs.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { Page } from 'playwright-core';
import { XSS_MARKUP_VECTORS, XSS_URL_VECTORS } from '@kiosque/dev-instance';
import { freePort } from './harness.js';

export interface HostileProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * What hostile events cannot carry by themselves: group names and avatars. Forwards to a
 * dev instance and, in every GraphQL answer, gives the organizer of each event a name made of
 * markup vectors and an avatar URL vector, chosen by the event's number (hostile titles start
 * with it) so that together the events carry every vector.
 */
export async function hostileActors(target: string): Promise<HostileProxy> {
  const markup = XSS_MARKUP_VECTORS;
  const urls = XSS_URL_VECTORS;
  const actor = (value: unknown, k: number): unknown => {
    if (!value || typeof value !== 'object') return value;
    const name = [0, 1, 2].map((j) => markup[(k * 3 + j) % markup.length]).join(' ');
    const avatar = (value as { avatar?: unknown }).avatar;
    return {
      ...value,
      name,
      avatar: {
        ...(avatar && typeof avatar === 'object' ? avatar : {}),
        url: urls[k % urls.length],
      },
    };
  };
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!value || typeof value !== 'object') return value;
    const record = Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, rewrite(item)]),
    );
    if (typeof record['uuid'] === 'string' && typeof record['title'] === 'string') {
      const k = Number.parseInt(record['title'], 10);
      if (Number.isInteger(k)) {
        for (const key of ['attributedTo', 'organizerActor']) {
          if (key in record) record[key] = actor(record[key], k);
        }
      }
    }
    return record;
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = { ...req.headers };
      delete headers.host;
      const upstream = httpRequest(
        `${target}${req.url ?? '/'}`,
        { method: req.method, headers },
        (up) => {
          const body: Buffer[] = [];
          up.on('data', (c: Buffer) => body.push(c));
          up.on('end', () => {
            let out = Buffer.concat(body);
            const json = /json/.test(String(up.headers['content-type'] ?? ''));
            if (json && (req.url ?? '').startsWith('/api')) {
              try {
                out = Buffer.from(JSON.stringify(rewrite(JSON.parse(out.toString()))));
              } catch {
                /* not JSON after all: forwarded as it is */
              }
            }
            const answer = { ...up.headers, 'content-length': String(out.length) };
            delete answer['transfer-encoding'];
            res.writeHead(up.statusCode ?? 502, answer);
            res.end(out);
          });
        },
      );
      upstream.on('error', () => res.destroy());
      upstream.end(Buffer.concat(chunks));
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs in the page before anything else: records every way a vector can show it ran. */
export const SENTINEL = `(() => {
  const ran = [];
  Object.defineProperty(window, '__kiosqueRan', { value: ran });
  for (const name of ['alert', 'confirm', 'prompt', 'print', '__kiosqueXss']) {
    window[name] = (...args) => { ran.push(name + '(' + args.join() + ')'); };
  }
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      ran.push('console.' + level + '(' + args.map(String).join(' ') + ')');
      original(...args);
    };
  }
})();`;

/** What a vector's payload contains: an inline script holding one of these came from remote data. */
const PAYLOAD = /alert\(|__kiosqueXss|msgbox|xss\.invalid|print\(\)|"xss"/;

/**
 * Everything on the page (and in every shadow root) that could run script or load a
 * non-http(s) URL: event-handler attributes, script URLs, scripts that are not WordPress's
 * own or inert JSON, frames, objects, styles and <base> inside Kiosque elements. Runs in the
 * page (with or without JavaScript enabled for the page itself).
 */
export async function unsafeOnPage(page: Page): Promise<string[]> {
  return page.evaluate((payload) => {
    const problems: string[] = [];
    const pattern = new RegExp(payload);
    const roots: Array<Document | ShadowRoot> = [document];
    // Every shadow root, nested ones included (no named helper: the function runs in the page).
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i]!.querySelectorAll('*')) {
        if (el.shadowRoot) roots.push(el.shadowRoot);
      }
    }
    const kiosque = 'kiosque-events, kiosque-calendar, kiosque-map, kiosque-event, kiosque-rsvp';
    const urlAttributes = [
      'href',
      'src',
      'srcset',
      'action',
      'formaction',
      'poster',
      'data',
      'xlink:href',
      'background',
      'ping',
    ];
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) {
        const where = `${el.localName} in ${el.closest(kiosque)?.localName ?? (root === document ? 'the page' : 'a shadow root')}`;
        // Remote content lives in the elements: their light DOM (fallback) and shadow roots.
        const remote = root !== document || el.closest(kiosque) !== null;
        for (const name of el.getAttributeNames()) {
          const value = el.getAttribute(name) ?? '';
          if (/^on/i.test(name)) problems.push(`<${where}> ${name}="${value}"`);
          if (urlAttributes.includes(name.toLowerCase())) {
            const list =
              name === 'srcset'
                ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '')
                : [value];
            for (const url of list) {
              let protocol: string;
              try {
                protocol = new URL(url, document.baseURI).protocol;
              } catch {
                protocol = 'invalid:';
              }
              const subscribe = protocol === 'webcal:' && el.closest('.kiosque-subscribe') !== null;
              if (protocol !== 'http:' && protocol !== 'https:' && !subscribe) {
                problems.push(`<${where}> ${name}="${url}"`);
              }
            }
          }
          if (remote && name === 'style' && /url\s*\(|expression\s*\(/i.test(value)) {
            problems.push(`<${where}> style="${value}"`);
          }
        }
        if (el.localName === 'script') {
          const script = el as HTMLScriptElement;
          const type = (script.getAttribute('type') ?? '').toLowerCase();
          if (type === 'application/ld+json' || type === 'application/json') {
            try {
              JSON.parse(script.textContent ?? '');
            } catch {
              problems.push(`<${where}> type="${type}" that is not JSON`);
            }
          } else if (remote) {
            problems.push(`<${where}> executable, inside an element`);
          } else if (script.src) {
            if (new URL(script.src).origin !== location.origin) {
              problems.push(`<${where}> src="${script.src}"`);
            }
          } else if (pattern.test(script.textContent ?? '')) {
            problems.push(`<${where}> holding "${(script.textContent ?? '').slice(0, 80)}"`);
          }
        }
        if (remote && el.matches('iframe, frame, frameset, object, embed, link, style, meta')) {
          problems.push(`<${where}>`);
        }
        if (el.matches('base, meta[http-equiv="refresh" i]')) problems.push(`<${where}>`);
      }
    }
    return problems;
  }, PAYLOAD.source);
}
