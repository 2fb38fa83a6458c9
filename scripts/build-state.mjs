/**
 * Knows whether the build outputs the suites test are there and built from the sources as they
 * are now, and builds them (`npm run build`) when they are not.
 *
 * The state is a fingerprint of every source file the build reads (tracked and untracked files
 * that git does not ignore, without tests, Markdown, docs and CI files) plus package-lock.json,
 * taken after a successful build and kept in node_modules/.cache/kiosque/build-state.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STATE = path.join(ROOT, 'node_modules/.cache/kiosque/build-state.json');

/** What `npm run build` makes and the suites read. */
export const OUTPUTS = [
  'packages/render/dist/text.js',
  'packages/client/dist/index.js',
  'packages/dev-instance/dist/index.js',
  'packages/elements/dist/kiosque.js',
  'packages/elements/dist/lib',
  'packages/elements/custom-elements.json',
  'packages/eleventy/dist',
  'packages/configurator/dist/index.html',
  'packages/wordpress/dist/kiosque.zip',
  'storybook/storybook-static/index.html',
];

const NOT_INPUTS = [
  /\.md$/,
  /(^|\/)test\//,
  /\.test\.[cm]?[jt]s$/,
  /^docs\//,
  /^\.ci\//,
  /^scripts\/(?!build-state|system-deps)/,
  /^examples\//,
  /^bench\//,
];

/** The fingerprint of the build's sources in `root`. */
export function fingerprint(root = ROOT) {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file && !NOT_INPUTS.some((re) => re.test(file)))
    .filter((file) => existsSync(path.join(root, file)))
    .sort();
  const hashes = execFileSync('git', ['hash-object', '--stdin-paths'], {
    cwd: root,
    input: files.join('\n'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).split('\n');
  const hash = createHash('sha256');
  files.forEach((file, i) => hash.update(`${file}\0${hashes[i]}\n`));
  return hash.digest('hex');
}

/** Why the outputs are not current, or null when they are. */
export function staleReason({ root = ROOT, state = STATE, outputs = OUTPUTS } = {}) {
  const missing = outputs.filter((output) => !existsSync(path.join(root, output)));
  if (missing.length) return `${missing[0]} is missing`;
  if (!existsSync(state)) return 'no record of the last build';
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(state, 'utf8')).fingerprint;
  } catch {
    return 'the record of the last build is unreadable';
  }
  return recorded === fingerprint(root) ? null : 'sources changed since the last build';
}

/** Records the sources as built. */
export function recordBuild({ root = ROOT, state = STATE } = {}) {
  mkdirSync(path.dirname(state), { recursive: true });
  writeFileSync(
    state,
    JSON.stringify({ fingerprint: fingerprint(root), at: new Date().toISOString() }),
  );
}

/**
 * Runs `npm run build` when the outputs are missing or stale (the build records its own
 * fingerprint when it succeeds); resolves to { ok, built }.
 */
export async function buildIfStale({ log = () => {}, stdio = 'inherit' } = {}) {
  const reason = staleReason();
  if (!reason) {
    log('The build is up to date.');
    return { ok: true, built: false };
  }
  log(`Building (${reason}): npm run build`);
  const code = await new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio });
    child.on('error', () => resolve(1));
    child.on('close', (status) => resolve(status ?? 1));
  });
  return code === 0 ? { ok: true, built: true } : { ok: false, built: false };
}

/**
 * buildIfStale for a suite or a script run on its own: throws when the build fails. Logs to
 * stderr, so that a reporter on stdout is not disturbed.
 */
export async function ensureBuilt() {
  const { ok } = await buildIfStale({
    log: (line) => console.error(line),
    stdio: ['ignore', 2, 2],
  });
  if (!ok) throw new Error('npm run build failed: see its output above');
}

// `node scripts/build-state.mjs --record`, run by `npm run build` once every workspace built.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--record')) {
  recordBuild();
}
