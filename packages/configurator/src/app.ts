import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  createClient,
  isKiosqueError,
  normalizeInstance,
  type InstanceInfo,
  type KiosqueClient,
  type KiosqueEvent,
} from '@kiosque/client';
import {
  COLOR_TOKENS,
  EVENT_TYPES,
  LANGUAGES,
  THEMES,
  VIEWS,
  defaultConfig,
  elementFor,
  isListView,
  takes,
  type ColorToken,
  type Config,
  type ElementSpec,
} from './config.js';
import { MESSAGES, messagesFor, type Messages } from './messages.js';
import { CDN_SCRIPT_URL, HOSTS, snippetsFor, type Host, type Snippets } from './snippets.js';

type InstanceStatus =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'ok'; info: InstanceInfo }
  | { kind: 'invalid' | 'unreachable' | 'not-mobilizon' };

type GroupStatus =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'added' | 'unknown'; handle: string }
  | { kind: 'failed' };

interface GroupChoice {
  handle: string;
  name: string;
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
  ar: 'العربية',
};

/** What a colour input shows before the volunteer picks a colour (the light theme's look). */
const COLOR_PLACEHOLDERS: Record<ColorToken, string> = {
  '--kiosque-color-accent': '#3b3dbf',
  '--kiosque-color-text': '#1d1b26',
  '--kiosque-color-background': '#ffffff',
  '--kiosque-color-surface': '#f4f3f8',
};

/**
 * The configurator: instance, groups, view, filters, language and colours on the left; the
 * real element as a live preview and the snippets for each host on the right.
 */
export class KiosqueConfigurator extends LitElement {
  /** Where the snippets load the elements from (tests point it at a local build). */
  scriptUrl = CDN_SCRIPT_URL;

  #client: KiosqueClient | null = null;
  #checks = 0;
  #previewKey = '';

  @state() private ui: Messages = messagesFor(
    new URLSearchParams(location.search).get('lang') ?? navigator.language,
  );
  @state() private instanceInput = new URLSearchParams(location.search).get('instance') ?? '';
  @state() private instanceStatus: InstanceStatus = { kind: 'idle' };
  @state() private upcoming: KiosqueEvent[] = [];
  @state() private knownGroups: GroupChoice[] = [];
  @state() private groupFilter = '';
  @state() private groupInput = '';
  @state() private groupStatus: GroupStatus = { kind: 'idle' };
  @state() private config: Config = defaultConfig();
  @state() private host: Host = 'html';
  @state() private copyStatus: { id: string; ok: boolean } | null = null;

  // Light DOM: the page's stylesheet applies, and the preview is an ordinary element of the page.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.instanceInput) void this.#checkInstance();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('ui')) document.documentElement.lang = this.ui.locale;
    this.#renderPreview();
  }

  // Handlers

  #onInstanceSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#checkInstance();
  }

  async #checkInstance(): Promise<void> {
    const check = ++this.#checks;
    let instance: string;
    try {
      instance = normalizeInstance(withScheme(this.instanceInput));
    } catch {
      this.instanceStatus = { kind: 'invalid' };
      return;
    }
    this.instanceStatus = { kind: 'checking' };
    const client = createClient({ instance });
    try {
      const info = await client.instanceInfo();
      const page = await client.events({ limit: 99 }).catch(() => null);
      if (check !== this.#checks) return;
      this.#client = client;
      this.upcoming = page?.events ?? [];
      this.knownGroups = groupsOf(this.upcoming);
      this.instanceStatus = { kind: 'ok', info };
      const kept = this.config.instance === instance ? this.config : defaultConfig();
      this.config = {
        ...kept,
        instance,
        view: this.config.view,
        uuid: kept.uuid || this.upcoming[0]?.uuid || '',
      };
    } catch (error) {
      if (check !== this.#checks) return;
      const kind = isKiosqueError(error) ? error.kind : 'network';
      const status = isKiosqueError(error) ? (error.response?.status ?? null) : null;
      // A server answered, but not as Mobilizon's API does (a 404 page, HTML, no CORS header).
      const answered =
        kind === 'invalid-response' ||
        kind === 'graphql' ||
        (kind === 'http' && status !== null && status < 500) ||
        (kind === 'network' && (await answers(instance)));
      if (check !== this.#checks) return;
      this.instanceStatus = { kind: answered ? 'not-mobilizon' : 'unreachable' };
    }
  }

  async #onAddGroup(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const handle = this.groupInput.trim().replace(/^@/, '');
    if (!handle || !this.#client) return;
    this.groupStatus = { kind: 'checking' };
    try {
      await this.#client.events({ groups: [handle], limit: 1 });
      if (!this.knownGroups.some((g) => g.handle === handle)) {
        this.knownGroups = [...this.knownGroups, { handle, name: handle }];
      }
      this.#setConfig({ groups: unique([...this.config.groups, handle]) });
      this.groupInput = '';
      this.groupStatus = { kind: 'added', handle };
    } catch (error) {
      this.groupStatus =
        isKiosqueError(error) && error.kind === 'not-found'
          ? { kind: 'unknown', handle }
          : { kind: 'failed' };
    }
  }

  #toggleGroup(handle: string, on: boolean): void {
    const groups = on
      ? unique([...this.config.groups, handle])
      : this.config.groups.filter((g) => g !== handle);
    this.#setConfig({ groups });
  }

  #setConfig(change: Partial<Config>): void {
    this.config = { ...this.config, ...change };
  }

  #setColor(token: ColorToken, value: string | undefined): void {
    const colors = { ...this.config.colors };
    if (value) colors[token] = value;
    else delete colors[token];
    this.#setConfig({ colors });
  }

  async #copy(id: string, text: string): Promise<void> {
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = false;
    }
    this.copyStatus = { id, ok };
  }

  // Preview

  /** The element the preview shows and the snippets write; null until the instance is checked. */
  get spec(): ElementSpec | null {
    return this.instanceStatus.kind === 'ok' ? elementFor(this.config) : null;
  }

  /** Replaces the preview element when (and only when) what it shows changed. */
  #renderPreview(): void {
    const target = this.querySelector<HTMLElement>('#preview-area');
    const spec = this.spec;
    const key = spec ? JSON.stringify(spec) : '';
    if (!target || key === this.#previewKey) return;
    this.#previewKey = key;
    target.replaceChildren();
    if (!spec) return;
    const element = document.createElement(spec.tag);
    for (const [name, value] of spec.attributes) {
      element.setAttribute(name, value === true ? '' : value);
    }
    for (const [token, value] of spec.styles) element.style.setProperty(token, value);
    target.append(element);
  }

  // Render

  override render(): TemplateResult {
    const m = this.ui;
    const spec = this.spec;
    return html`
      <header class="top">
        <div>
          <h1>${m.title}</h1>
          <p>${m.intro}</p>
        </div>
        <label class="ui-language">
          <span>${m.uiLanguage}</span>
          <select
            @change=${(e: Event) => (this.ui = messagesFor((e.target as HTMLSelectElement).value))}
          >
            ${Object.keys(MESSAGES).map(
              (code) =>
                html`<option value=${code} ?selected=${code === m.locale}>
                  ${LANGUAGE_NAMES[code]}
                </option>`,
            )}
          </select>
        </label>
      </header>
      <main class="layout">
        <div class="settings">
          ${this.#renderInstance(m)}
          ${
            this.instanceStatus.kind !== 'ok'
              ? nothing
              : isListView(this.config.view)
                ? html`${this.#renderView(m, 2)} ${this.#renderGroups(m, 3)}
                  ${this.#renderFilters(m, 4)} ${this.#renderLook(m, 5)}`
                : html`${this.#renderView(m, 2)} ${this.#renderLook(m, 3)}`
          }
        </div>
        <div class="output">
          <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">${m.preview}</h2>
            ${spec ? nothing : html`<p class="placeholder">${m.previewEmpty}</p>`}
            <div id="preview-area" class="preview"></div>
          </section>
          <section aria-labelledby="snippets-heading">
            <h2 id="snippets-heading">${m.snippets}</h2>
            ${
              spec
                ? this.#renderSnippets(m, snippetsFor(spec, this.scriptUrl))
                : html`<p class="placeholder">${m.snippetsEmpty}</p>`
            }
          </section>
        </div>
      </main>
    `;
  }

  #renderInstance(m: Messages): TemplateResult {
    const status = this.instanceStatus;
    const problem =
      status.kind === 'invalid'
        ? m.invalidInstance
        : status.kind === 'unreachable'
          ? m.unreachable
          : status.kind === 'not-mobilizon'
            ? m.notMobilizon
            : null;
    return html`<section class="step" aria-labelledby="instance-heading">
      <h2 id="instance-heading">1. ${m.stepInstance}</h2>
      <form class="inline" @submit=${this.#onInstanceSubmit} novalidate>
        <div class="field">
          <label for="instance">${m.instanceLabel}</label>
          <p class="help" id="instance-help">${m.instanceHelp}</p>
          <div class="row">
            <input
              id="instance"
              type="url"
              inputmode="url"
              autocomplete="url"
              spellcheck="false"
              placeholder="mobilizon.fr"
              .value=${this.instanceInput}
              aria-describedby="instance-help instance-status"
              aria-invalid=${problem ? 'true' : 'false'}
              @input=${(e: Event) => (this.instanceInput = (e.target as HTMLInputElement).value)}
            />
            <button type="submit">${m.connect}</button>
          </div>
        </div>
      </form>
      <p
        id="instance-status"
        class=${problem ? 'status error' : 'status'}
        role=${problem ? 'alert' : 'status'}
      >
        ${
          status.kind === 'checking'
            ? m.connecting
            : status.kind === 'ok'
              ? m.connected(status.info.name, status.info.version)
              : (problem ?? '')
        }
      </p>
    </section>`;
  }

  #renderGroups(m: Messages, step: number): TemplateResult {
    const filter = this.groupFilter.trim().toLowerCase();
    const shown = this.knownGroups.filter(
      (g) =>
        !filter || g.handle.toLowerCase().includes(filter) || g.name.toLowerCase().includes(filter),
    );
    const status = this.groupStatus;
    return html`<fieldset class="step">
      <legend><h2>${step}. ${m.stepGroups}</h2></legend>
      <p class="help">${m.groupsHelp}</p>
      ${
        this.knownGroups.length
          ? html`<div class="field">
                <label for="group-filter">${m.findGroup}</label>
                <input
                  id="group-filter"
                  type="search"
                  .value=${this.groupFilter}
                  @input=${(e: Event) => (this.groupFilter = (e.target as HTMLInputElement).value)}
                />
              </div>
              <ul class="choices" aria-live="polite">
                ${shown.map(
                  (g) =>
                    html`<li>
                      <label class="check">
                        <input
                          type="checkbox"
                          .checked=${this.config.groups.includes(g.handle)}
                          @change=${(e: Event) =>
                            this.#toggleGroup(g.handle, (e.target as HTMLInputElement).checked)}
                        />
                        <span>${g.name}</span>
                        ${g.name !== g.handle ? html`<span class="muted">${g.handle}</span>` : nothing}
                      </label>
                    </li>`,
                )}
                ${shown.length ? nothing : html`<li class="muted">${m.noGroupFound}</li>`}
              </ul>`
          : html`<p class="muted">${m.noGroupsYet}</p>`
      }
      <form class="inline" @submit=${this.#onAddGroup} novalidate>
        <div class="field">
          <label for="group-add">${m.addGroupLabel}</label>
          <p class="help" id="group-add-help">${m.addGroupHelp}</p>
          <div class="row">
            <input
              id="group-add"
              type="text"
              spellcheck="false"
              autocomplete="off"
              .value=${this.groupInput}
              aria-describedby="group-add-help group-status"
              aria-invalid=${status.kind === 'unknown' ? 'true' : 'false'}
              @input=${(e: Event) => (this.groupInput = (e.target as HTMLInputElement).value)}
            />
            <button type="submit">${m.addGroup}</button>
          </div>
        </div>
      </form>
      <p
        id="group-status"
        class=${status.kind === 'unknown' || status.kind === 'failed' ? 'status error' : 'status'}
        role="status"
      >
        ${
          status.kind === 'checking'
            ? m.checkingGroup
            : status.kind === 'added'
              ? m.groupAdded(status.handle)
              : status.kind === 'unknown'
                ? m.unknownGroup(status.handle)
                : status.kind === 'failed'
                  ? m.groupCheckFailed
                  : ''
        }
      </p>
    </fieldset>`;
  }

  #renderView(m: Messages, step: number): TemplateResult {
    const c = this.config;
    return html`<fieldset class="step">
      <legend><h2>${step}. ${m.stepView}</h2></legend>
      <div class="views">
        ${VIEWS.map(
          (view) =>
            html`<label class="check">
              <input
                type="radio"
                name="view"
                value=${view}
                .checked=${c.view === view}
                @change=${() => this.#setConfig({ view })}
              />
              <span>${m.views[view]}</span>
            </label>`,
        )}
      </div>
      ${
        takes(c.view, 'uuid')
          ? this.upcoming.length
            ? html`<div class="field">
                <label for="event">${m.eventLabel}</label>
                <select
                  id="event"
                  @change=${(e: Event) =>
                    this.#setConfig({ uuid: (e.target as HTMLSelectElement).value })}
                >
                  ${this.upcoming.map(
                    (event) =>
                      html`<option value=${event.uuid} ?selected=${event.uuid === c.uuid}>
                        ${event.title}
                      </option>`,
                  )}
                </select>
              </div>`
            : html`<p class="muted">${m.noEvents}</p>`
          : nothing
      }
    </fieldset>`;
  }

  #renderFilters(m: Messages, step: number): TemplateResult {
    const c = this.config;
    const info = this.instanceStatus.kind === 'ok' ? this.instanceStatus.info : null;
    const text = (id: keyof Config, label: string, help?: string) =>
      html`<div class="field">
        <label for="filter-${id}">${label}</label>
        ${help ? html`<p class="help" id="filter-${id}-help">${help}</p>` : nothing}
        <input
          id="filter-${id}"
          type="text"
          .value=${String(c[id] ?? '')}
          aria-describedby=${help ? `filter-${id}-help` : nothing}
          @change=${(e: Event) => this.#setConfig({ [id]: (e.target as HTMLInputElement).value })}
        />
      </div>`;
    const date = (id: 'from' | 'to', label: string) =>
      html`<div class="field">
        <label for="filter-${id}">${label}</label>
        <input
          id="filter-${id}"
          type="date"
          .value=${c[id]}
          @change=${(e: Event) => this.#setConfig({ [id]: (e.target as HTMLInputElement).value })}
        />
      </div>`;
    return html`<fieldset class="step">
      <legend><h2>${step}. ${m.stepFilters}</h2></legend>
      ${
        takes(c.view, 'limit')
          ? html`<div class="field">
              <label for="filter-limit">${m.limit}</label>
              <input
                id="filter-limit"
                type="number"
                min="1"
                max="99"
                placeholder=${c.view === 'map' ? '99' : '10'}
                .value=${c.limit === null ? '' : String(c.limit)}
                @change=${(e: Event) => {
                  const input = e.target as HTMLInputElement;
                  const value = Math.round(Number(input.value));
                  this.#setConfig({
                    limit:
                      input.value === '' || !Number.isFinite(value) ? null : clamp(value, 1, 99),
                  });
                }}
              />
            </div>`
          : nothing
      }
      ${text('search', m.search)} ${text('tags', m.tags, m.tagsHelp)}
      <div class="field">
        <label for="filter-category">${m.category}</label>
        <select
          id="filter-category"
          @change=${(e: Event) =>
            this.#setConfig({ category: (e.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${!c.category}>${m.anyCategory}</option>
          ${(info?.categories ?? []).map(
            (category) =>
              html`<option value=${category.id} ?selected=${category.id === c.category}>
                ${category.label}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="filter-type">${m.type}</label>
        <select
          id="filter-type"
          @change=${(e: Event) =>
            this.#setConfig({
              type: (e.target as HTMLSelectElement).value as Config['type'],
            })}
        >
          ${EVENT_TYPES.map(
            (type) =>
              html`<option value=${type} ?selected=${type === c.type}>
                ${type === '' ? m.anyType : type === 'online' ? m.online : m.inPerson}
              </option>`,
          )}
        </select>
      </div>
      <div class="pair">${date('from', m.from)} ${date('to', m.to)}</div>
      ${
        takes(c.view, 'without-images')
          ? html`<label class="check">
              <input
                type="checkbox"
                .checked=${c.withoutImages}
                @change=${(e: Event) =>
                  this.#setConfig({ withoutImages: (e.target as HTMLInputElement).checked })}
              />
              <span>${m.withoutImages}</span>
            </label>`
          : nothing
      }
    </fieldset>`;
  }

  #renderLook(m: Messages, step: number): TemplateResult {
    const c = this.config;
    return html`<fieldset class="step">
      <legend><h2>${step}. ${m.stepLook}</h2></legend>
      <div class="field">
        <label for="look-lang">${m.language}</label>
        <select
          id="look-lang"
          @change=${(e: Event) => this.#setConfig({ lang: (e.target as HTMLSelectElement).value })}
        >
          ${LANGUAGES.map(
            (code) =>
              html`<option value=${code} ?selected=${code === c.lang} lang=${code || nothing}>
                ${code ? LANGUAGE_NAMES[code] : m.pageLanguage}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="look-theme">${m.theme}</label>
        <select
          id="look-theme"
          @change=${(e: Event) =>
            this.#setConfig({ theme: (e.target as HTMLSelectElement).value as Config['theme'] })}
        >
          ${THEMES.map(
            (theme) =>
              html`<option value=${theme} ?selected=${theme === c.theme}>
                ${m.themes[theme]}
              </option>`,
          )}
        </select>
      </div>
      <ul class="colors">
        ${COLOR_TOKENS.map((token) => {
          const chosen = c.colors[token];
          const id = `color-${token.slice('--kiosque-color-'.length)}`;
          return html`<li>
            <label class="check">
              <input
                type="checkbox"
                .checked=${chosen !== undefined}
                @change=${(e: Event) =>
                  this.#setColor(
                    token,
                    (e.target as HTMLInputElement).checked
                      ? (this.querySelector<HTMLInputElement>(`#${id}`)?.value ??
                          COLOR_PLACEHOLDERS[token])
                      : undefined,
                  )}
              />
              <span>${m.customColor(m.colors[token])}</span>
            </label>
            <input
              id=${id}
              type="color"
              aria-label=${m.colors[token]}
              .value=${chosen ?? COLOR_PLACEHOLDERS[token]}
              @input=${(e: Event) => this.#setColor(token, (e.target as HTMLInputElement).value)}
            />
          </li>`;
        })}
      </ul>
      ${
        Object.keys(c.colors).length
          ? html`<button type="button" @click=${() => this.#setConfig({ colors: {} })}>
              ${m.resetColors}
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  #renderSnippets(m: Messages, snippets: Snippets): TemplateResult {
    const blocks: Record<Host, [keyof Snippets, string][]> = {
      html: [['html', m.snippetHelp.html]],
      wordpress: [
        ['wordpressBlock', m.snippetHelp.wordpressBlock],
        ['wordpressShortcode', m.snippetHelp.wordpressShortcode],
      ],
      eleventy: [
        ['eleventyConfig', m.snippetHelp.eleventyConfig],
        ['eleventyNunjucks', m.snippetHelp.eleventyNunjucks],
        ['eleventyLiquid', m.snippetHelp.eleventyLiquid],
      ],
      hugo: [['hugo', m.snippetHelp.hugo]],
      astro: [['astro', m.snippetHelp.astro]],
    };
    const shown = [...blocks[this.host]];
    if (this.host !== 'html' && snippets.css) shown.push(['css', m.snippetHelp.css]);
    return html`<fieldset class="hosts">
        <legend class="visually-hidden">${m.snippets}</legend>
        ${HOSTS.map(
          (host) =>
            html`<label class="check">
              <input
                type="radio"
                name="host"
                value=${host}
                .checked=${this.host === host}
                @change=${() => {
                  this.host = host;
                  this.copyStatus = null;
                }}
              />
              <span>${m.hosts[host]}</span>
            </label>`,
        )}
      </fieldset>
      ${shown.map(([id, help]) => {
        const copied = this.copyStatus?.id === id ? this.copyStatus : null;
        return html`<div class="snippet">
          <p id="help-${id}">${help}</p>
          <pre
            id="snippet-${id}"
            data-snippet=${id}
            tabindex="0"
            aria-labelledby="help-${id}"
          ><code>${snippets[id]}</code></pre>
          <div class="row">
            <button
              type="button"
              aria-describedby="help-${id}"
              @click=${() => this.#copy(id, snippets[id])}
            >
              ${m.copy}
            </button>
            <span role="status" class=${copied && !copied.ok ? 'status error' : 'status'}
              >${copied ? (copied.ok ? m.copied : m.copyFailed) : ''}</span
            >
          </div>
        </div>`;
      })}`;
  }
}

/** "mobilizon.fr" → "https://mobilizon.fr": an address typed without its scheme. */
export function withScheme(input: string): string {
  const text = input.trim();
  return text === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
}

/**
 * Whether a server answers at `origin` at all. The page may not read an answer without a CORS
 * header (Mobilizon's API sends one), but an opaque answer still tells a server that is there
 * from one that is not.
 */
async function answers(origin: string): Promise<boolean> {
  try {
    await fetch(`${origin}/api`, { mode: 'no-cors', signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

/** Groups that organize some of the instance's upcoming events, by name. */
function groupsOf(events: KiosqueEvent[]): GroupChoice[] {
  const groups = new Map<string, GroupChoice>();
  for (const event of events) {
    const organizer = event.organizer;
    if (organizer?.isGroup && !groups.has(organizer.handle)) {
      groups.set(organizer.handle, {
        handle: organizer.handle,
        name: organizer.name || organizer.handle,
      });
    }
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

customElements.define('kiosque-configurator', KiosqueConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'kiosque-configurator': KiosqueConfigurator;
  }
}
