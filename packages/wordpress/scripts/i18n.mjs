/**
 * Translations without gettext tools or wp-cli (neither is available everywhere we build):
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

/** Parses a PO file into entries { context, id, plural, strings[], fuzzy }. */
export function parsePo(text) {
  const entries = [];
  let current = null;
  let field = null;
  const flush = () => {
    if (current && current.id !== null) entries.push(current);
    current = null;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    current ??= { context: null, id: null, plural: null, strings: [], fuzzy: false, header: [] };
    if (line.startsWith('#,') && line.includes('fuzzy')) current.fuzzy = true;
    if (line.startsWith('#')) continue;
    const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
    const value = (q) => JSON.parse(q.replace(/\\t/g, '\\t'));
    if (m) {
      field = m[2] !== undefined ? `msgstr${m[2]}` : m[1];
      const v = value(m[3]);
      if (field === 'msgctxt') current.context = v;
      else if (field === 'msgid') current.id = v;
      else if (field === 'msgid_plural') current.plural = v;
      else current.strings[m[2] !== undefined ? Number(m[2]) : 0] = v;
    } else if (line.startsWith('"')) {
      const v = value(line);
      if (field === 'msgctxt') current.context += v;
      else if (field === 'msgid') current.id += v;
      else if (field === 'msgid_plural') current.plural += v;
      else if (field?.startsWith('msgstr')) {
        const i = field === 'msgstr' ? 0 : Number(field.slice(6));
        current.strings[i] = (current.strings[i] ?? '') + v;
      }
    }
  }
  flush();
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

function moFile(entries) {
  const pairs = entries
    .map((e) => [
      (e.context !== null ? `${e.context}\u0004` : '') +
        e.id +
        (e.plural !== null ? `\0${e.plural}` : ''),
      e.strings.join('\0'),
    ])
    .sort((a, b) => Buffer.from(a[0]).compare(Buffer.from(b[0])));
  const ids = pairs.map((p) => Buffer.from(p[0]));
  const strs = pairs.map((p) => Buffer.from(p[1]));
  const n = pairs.length;
  const headerSize = 28;
  const tables = headerSize + n * 16;
  let offset = tables;
  const origTable = Buffer.alloc(n * 8);
  const transTable = Buffer.alloc(n * 8);
  ids.forEach((b, i) => {
    origTable.writeUInt32LE(b.length, i * 8);
    origTable.writeUInt32LE(offset, i * 8 + 4);
    offset += b.length + 1;
  });
  strs.forEach((b, i) => {
    transTable.writeUInt32LE(b.length, i * 8);
    transTable.writeUInt32LE(offset, i * 8 + 4);
    offset += b.length + 1;
  });
  const header = Buffer.alloc(headerSize);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(headerSize, 12);
  header.writeUInt32LE(headerSize + n * 8, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(tables, 24);
  const zero = Buffer.alloc(1);
  return Buffer.concat([
    header,
    origTable,
    transTable,
    ...ids.flatMap((b) => [b, zero]),
    ...strs.flatMap((b) => [b, zero]),
  ]);
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
    writeFileSync(
      join(to, name.replace(/\.po$/, '.mo')),
      moFile(header ? [header, ...translated] : translated),
    );
    const pluralForms =
      /Plural-Forms:\s*([^\n]*)/.exec(header?.strings[0] ?? '')?.[1] ??
      'nplurals=2; plural=n != 1;';
    const jsIds = new Set(
      [
        ...text.matchAll(
          /((?:#: [^\n]*\n)+)(?:msgctxt ("(?:[^"\\]|\\.)*")\n)?msgid ("(?:[^"\\]|\\.)*")/g,
        ),
      ]
        .filter((m) => /\.js:\d+/.test(m[1]))
        .map((m) => `${m[2] ? JSON.parse(m[2]) : ''}\u0004${JSON.parse(m[3])}`),
    );
    const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': pluralForms } };
    for (const e of translated) {
      if (!jsIds.has(`${e.context ?? ''}\u0004${e.id}`)) continue;
      messages[(e.context !== null ? `${e.context}\u0004` : '') + e.id] = e.strings;
    }
    const json = JSON.stringify({ domain: 'messages', locale_data: { messages } });
    for (const handle of SCRIPT_HANDLES)
      writeFileSync(join(to, `kiosque-${locale}-${handle}.json`), json);
  }
}

if (process.argv[2] === 'pot') makePot();
