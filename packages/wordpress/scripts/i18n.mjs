/**
 * Translations without gettext tools or wp-cli (neither is available everywhere we build); the
 * catalogues are read and the .mo files written by gettext-parser:
 *
 *   node scripts/i18n.mjs pot     extracts every string of the PHP, the editor scripts and the
 *                                 block.json files into languages/kiosque.pot, and merges it
 *                                 into each languages/kiosque-<locale>.po (new strings empty,
 *                                 obsolete ones dropped);
 *   compileTranslations()         (from the build) writes .mo files for PHP and, for each
 *                                 editor script handle, the Jed JSON WordPress loads with
 *                                 wp_set_script_translations().
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mo, po } from 'gettext-parser';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Editor script handles that get a JSON translation file. */
export const SCRIPT_HANDLES = [
  'kiosque-events-editor-script',
  'kiosque-calendar-editor-script',
  'kiosque-map-editor-script',
  'kiosque-event-editor-script',
  'kiosque-rsvp-editor-script',
  'kiosque-settings',
];

// ---------------------------------------------------------------- extraction

/** keyword → positions of [text, plural, context] among the arguments (0-based). */
const KEYWORDS = {
  __: { text: 0 },
  _e: { text: 0 },
  esc_html__: { text: 0 },
  esc_html_e: { text: 0 },
  esc_attr__: { text: 0 },
  esc_attr_e: { text: 0 },
  _x: { text: 0, context: 1 },
  _ex: { text: 0, context: 1 },
  esc_html_x: { text: 0, context: 1 },
  esc_attr_x: { text: 0, context: 1 },
  _n: { text: 0, plural: 1 },
};

/** Reads a quoted string literal at `i` (single or double quotes); null if none. */
function literal(source, i) {
  const quote = source[i];
  if (quote !== "'" && quote !== '"') return null;
  let value = '';
  let j = i + 1;
  while (j < source.length && source[j] !== quote) {
    if (source[j] === '\\' && j + 1 < source.length) {
      const next = source[j + 1];
      value +=
        next === 'n' && quote === '"' ? '\n' : next === quote || next === '\\' ? next : '\\' + next;
      j += 2;
    } else {
      value += source[j];
      j += 1;
    }
  }
  return { value, end: j + 1 };
}

/** The literal arguments of a call whose "(" is at `i` (non-literals are null). */
function callArguments(source, i) {
  const args = [];
  let j = i + 1;
  for (;;) {
    while (/\s/.test(source[j] ?? '')) j++;
    const lit = literal(source, j);
    if (lit) {
      args.push(lit.value);
      j = lit.end;
    } else {
      args.push(null);
      let depth = 0;
      while (j < source.length && !(depth === 0 && (source[j] === ',' || source[j] === ')'))) {
        if (source[j] === '(') depth++;
        if (source[j] === ')') depth--;
        j++;
      }
    }
    while (/\s/.test(source[j] ?? '')) j++;
    if (source[j] === ',') {
      j++;
      continue;
    }
    return args;
  }
}

function lineAt(source, index) {
  return source.slice(0, index).split('\n').length;
}

function extractFile(path, entries) {
  const source = readFileSync(path, 'utf8');
  const file = relative(root, path);
  const pattern =
    /(?<![\w$>:])(__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e|_x|_ex|esc_html_x|esc_attr_x|_n)\s*\(/g;
  for (const match of source.matchAll(pattern)) {
    const spec = KEYWORDS[match[1]];
    const open = match.index + match[0].length - 1;
    const args = callArguments(source, open);
    const text = args[spec.text];
    if (typeof text !== 'string') continue;
    const domain = args[Object.keys(spec).length];
    if (domain !== 'kiosque') continue;
    const before = source.slice(Math.max(0, match.index - 400), match.index);
    // A translators comment counts when only an operator or an argument list's start
    // separates it from the call, as WordPress's own tools require.
    const comment = /\/\*\s*translators:((?:(?!\*\/)[\s\S])*)\*\/([^){};/]*)$/.exec(before);
    const near = comment && (comment[2].match(/\n/g) ?? []).length <= 2 ? comment : null;
    add(entries, {
      context: spec.context !== undefined ? args[spec.context] : null,
      id: text,
      plural: spec.plural !== undefined ? args[spec.plural] : null,
      reference: `${file}:${lineAt(source, match.index)}`,
      comment: near ? `translators:${near[1].replace(/\s+/g, ' ').trimEnd()}` : null,
    });
  }
}

function extractBlockJson(path, entries) {
  const metadata = JSON.parse(readFileSync(path, 'utf8'));
  const file = relative(root, path);
  const item = (context, id) =>
    add(entries, { context, id, plural: null, reference: file, comment: null });
  item('block title', metadata.title);
  item('block description', metadata.description);
  for (const keyword of metadata.keywords ?? []) item('block keyword', keyword);
}

function add(entries, entry) {
  const key = `${entry.context ?? ''}\u0004${entry.id}`;
  const existing = entries.get(key);
  if (existing) {
    existing.references.push(entry.reference);
    if (entry.comment && !existing.comments.includes(entry.comment))
      existing.comments.push(entry.comment);
  } else {
    entries.set(key, {
      context: entry.context,
      id: entry.id,
      plural: entry.plural,
      references: [entry.reference],
      comments: entry.comment ? [entry.comment] : [],
    });
  }
}

function walk(dir, test) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? walk(path, test) : test(e.name) ? [path] : [];
  });
}

export function extract() {
  const entries = new Map();
  for (const path of walk(
    join(root, 'plugin'),
    (n) => n.endsWith('.php') || n.endsWith('.js'),
  ).sort()) {
    extractFile(path, entries);
  }
  for (const path of walk(join(root, 'src'), (n) => n.endsWith('.js')).sort())
    extractFile(path, entries);
  for (const path of walk(join(root, 'src'), (n) => n === 'block.json').sort())
    extractBlockJson(path, entries);
  return [...entries.values()];
}

// ---------------------------------------------------------------- PO files

function quote(text) {
  return (
    '"' +
    text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t').replace(/\n/g, '\\n') +
    '"'
  );
}

function poEntry(entry, translations) {
  const lines = [];
  for (const comment of entry.comments) lines.push(`#. ${comment}`);
  for (const ref of entry.references) lines.push(`#: ${ref}`);
  if (entry.context !== null) lines.push(`msgctxt ${quote(entry.context)}`);
  lines.push(`msgid ${quote(entry.id)}`);
  if (entry.plural !== null) {
    lines.push(`msgid_plural ${quote(entry.plural)}`);
    const forms = translations ?? ['', ''];
    forms.forEach((form, i) => lines.push(`msgstr[${i}] ${quote(form)}`));
  } else {
    lines.push(`msgstr ${quote(translations?.[0] ?? '')}`);
  }
  return lines.join('\n');
}

const HEADER = (extra) =>
  [
    'msgid ""',
    'msgstr ""',
    '"Project-Id-Version: Kiosque 0.1.0\\n"',
    '"Report-Msgid-Bugs-To: \\n"',
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"X-Domain: kiosque\\n"',
    ...extra,
  ].join('\n');

/**
 * Parses a PO file (gettext-parser) into entries { context, id, plural, strings[], fuzzy,
 * references[] }, the header first (id "").
 */
export function parsePo(text) {
  const entries = [];
  for (const [context, messages] of Object.entries(po.parse(text).translations)) {
    for (const message of Object.values(messages)) {
      entries.push({
        context: context === '' ? null : context,
        id: message.msgid,
        plural: message.msgid_plural ?? null,
        strings: message.msgstr ?? [],
        fuzzy: /\bfuzzy\b/.test(message.comments?.flag ?? ''),
        references: (message.comments?.reference ?? '').split(/\s+/).filter(Boolean),
      });
    }
  }
  return entries;
}

export function makePot() {
  const entries = extract();
  const dir = join(root, 'languages');
  mkdirSync(dir, { recursive: true });
  const pot = [
    HEADER(['"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"']),
    ...entries.map((e) => poEntry(e, null)),
  ];
  writeFileSync(join(dir, 'kiosque.pot'), pot.join('\n\n') + '\n');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.po'))) {
    const path = join(dir, name);
    const old = parsePo(readFileSync(path, 'utf8'));
    const header = old.find((e) => e.id === '')?.strings[0] ?? '';
    const known = new Map(
      old.filter((e) => e.id !== '').map((e) => [`${e.context ?? ''}\u0004${e.id}`, e.strings]),
    );
    const headerLines = header
      .split('\n')
      .filter(Boolean)
      .filter((l) =>
        /^(Language|Plural-Forms|Language-Team|Last-Translator|PO-Revision-Date):/.test(l),
      )
      .map((l) => quote(l + '\n'));
    const body = entries.map((e) =>
      poEntry(e, known.get(`${e.context ?? ''}\u0004${e.id}`) ?? null),
    );
    writeFileSync(path, [HEADER(headerLines), ...body].join('\n\n') + '\n');
  }
  console.log(`[@kiosque/wordpress] ${entries.length} strings in languages/kiosque.pot`);
}

// ---------------------------------------------------------------- compiling

/** The .mo file (gettext-parser) of a PO file's header and translated, non-fuzzy entries. */
function moFile(text) {
  const parsed = po.parse(text);
  const translations = {};
  for (const [context, messages] of Object.entries(parsed.translations)) {
    for (const [id, message] of Object.entries(messages)) {
      const fuzzy = /\bfuzzy\b/.test(message.comments?.flag ?? '');
      if (id !== '' && (fuzzy || !message.msgstr.some((form) => form))) continue;
      translations[context] ??= {};
      translations[context][id] = { ...message, comments: undefined };
    }
  }
  return mo.compile({ charset: 'utf-8', headers: parsed.headers, translations });
}

/** .po files of `from` → .mo and script JSON files in `to`. */
export function compileTranslations(from, to) {
  if (!existsSync(from)) return;
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name.endsWith('.pot')) {
      writeFileSync(join(to, name), readFileSync(join(from, name)));
      continue;
    }
    if (!name.endsWith('.po')) continue;
    const locale = name.replace(/^kiosque-/, '').replace(/\.po$/, '');
    const text = readFileSync(join(from, name), 'utf8');
    const all = parsePo(text).filter((e) => !e.fuzzy);
    const header = all.find((e) => e.id === '');
    const translated = all.filter((e) => e.id !== '' && e.strings.some((s) => s));
    writeFileSync(join(to, name), text);
    writeFileSync(join(to, name.replace(/\.po$/, '.mo')), moFile(text));
    const pluralForms =
      /Plural-Forms:\s*([^\n]*)/.exec(header?.strings[0] ?? '')?.[1] ??
      'nplurals=2; plural=n != 1;';
    const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': pluralForms } };
    // The editor scripts' strings: those referenced from a .js file.
    for (const e of translated) {
      if (!e.references.some((ref) => /\.js:\d+$/.test(ref))) continue;
      messages[(e.context !== null ? `${e.context}\u0004` : '') + e.id] = e.strings;
    }
    const json = JSON.stringify({ domain: 'messages', locale_data: { messages } });
    for (const handle of SCRIPT_HANDLES)
      writeFileSync(join(to, `kiosque-${locale}-${handle}.json`), json);
  }
}

if (process.argv[2] === 'pot') makePot();
