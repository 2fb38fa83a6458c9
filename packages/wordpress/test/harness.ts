/**
 * A real WordPress for the tests, without Docker or wp-cli: MariaDB started as the current
 * user in a temporary data directory (unix socket, no network), Debian's WordPress copied
 * from /usr/share/wordpress, the built plugin zip installed and activated by a PHP script
 * with WordPress's own unzip_file(), and `php -S` with a router in front of it.
 *
 * The servers run in process groups of their own (process-group.ts): close() stops every
 * process they forked, and waits until none is left.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORDPRESS_DIR, requireTools, type Tool } from '../../../scripts/system-deps.mjs';
import { startGroup, type Group } from './process-group.js';

export const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The plugin archive the sites install: the build's, or another one's (KIOSQUE_WP_ZIP). */
export const ZIP = process.env['KIOSQUE_WP_ZIP'] ?? join(PACKAGE, 'dist', 'kiosque.zip');
export const WORDPRESS_SOURCE = WORDPRESS_DIR;

export interface WordPress {
  url: string;
  root: string;
  /** The PHP error log (WP_DEBUG_LOG): notices, warnings and errors of every request. */
  debugLog: string;
  /** The process groups of its servers (php -S, mariadbd), which close() empties. */
  processGroups: { name: string; pgid: number }[];
  /** Runs PHP with WordPress loaded; `code` is the body of a PHP file after wp-load.php. */
  php(code: string, input?: unknown): Promise<unknown>;
  /** Stops the servers and every process they forked, then removes the site's files. */
  close(): Promise<void>;
}

/**
 * Fails at once, with one line, when what startWordPress() needs is missing: php, MariaDB,
 * Debian's WordPress (and the `also` tools), or the built plugin zip.
 */
export function requireWordPress(who: string, also: Tool[] = []): void {
  requireTools(['php', 'mariadb', 'wordpress', ...also], who);
  if (!existsSync(ZIP)) {
    const zip = relative(join(PACKAGE, '..', '..'), ZIP);
    throw new Error(`${who} needs ${zip}, which is missing: run npm run build`);
  }
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function must(cmd: string, args: string[], options: { input?: string } = {}): string {
  const result = spawnSync(cmd, args, { encoding: 'utf8', input: options.input });
  if (result.error) throw new Error(`${cmd} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed (${result.status}):\n${result.stderr}${result.stdout}`,
    );
  }
  return result.stdout;
}

/** mariadbd lives in /usr/sbin, which a user's PATH may lack. */
function mariadbd(): string {
  if (spawnSync('sh', ['-c', 'command -v mariadbd']).status === 0) return 'mariadbd';
  return '/usr/sbin/mariadbd';
}

/** MariaDB in `dir`, reachable on its unix socket, with a `wp` database and user. */
async function startMariaDb(dir: string): Promise<{ socket: string; server: Group }> {
  const data = join(dir, 'data');
  const socket = join(dir, 'mysql.sock');
  const errorLog = join(dir, 'error.log');
  must('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${data}`,
    '--user=root',
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
  ]);
  const server = await startGroup('mariadbd', mariadbd(), [
    '--no-defaults',
    `--datadir=${data}`,
    '--user=root',
    `--socket=${socket}`,
    `--pid-file=${join(dir, 'mysql.pid')}`,
    '--skip-networking',
    `--log-error=${errorLog}`,
    '--innodb-buffer-pool-size=32M',
    '--innodb-log-file-size=8M',
  ]);
  try {
    await server.ready(
      () =>
        spawnSync('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', 'ping'])
          .status === 0,
      30_000,
      () => (existsSync(errorLog) ? `:\n${readFileSync(errorLog, 'utf8').slice(-2000)}` : ''),
    );
    must('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot'], {
      input:
        "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';",
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { socket, server };
}

const ROUTER = `<?php
// php -S router: files as they are, directories to their index.php, the rest to WordPress.
$root = $_SERVER['DOCUMENT_ROOT'];
$path = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( $path !== '/' && is_file( $root . $path ) ) {
	return false;
}
if ( is_dir( $root . $path ) && is_file( rtrim( $root . $path, '/' ) . '/index.php' ) ) {
	if ( substr( $path, -1 ) !== '/' ) {
		header( 'Location: ' . $path . '/' );
		exit;
	}
	$_SERVER['SCRIPT_NAME'] = $path . 'index.php';
	chdir( $root . $path );
	require $root . $path . 'index.php';
	return;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $root . '/index.php';
`;

export interface InstallOptions {
  /** PHP run once WordPress is installed and the plugin active (pages, settings…). */
  setup: string;
  /** `$input` of the setup code. */
  setupInput?: unknown;
  /** Hosts the plugin may reach although they are private (the dev instances on 127.0.0.1). */
  allowPrivateHosts: string[];
  /** A must-use plugin for the test site (test-only filters). */
  muPlugin?: string;
  /** The WordPress copy to install; WORDPRESS_SOURCE (Debian's, or KIOSQUE_WORDPRESS_DIR) if unset. */
  wordpressDir?: string;
}

/**
 * Installs and starts a WordPress with the plugin active. When a step fails, what was started
 * is stopped before the error is thrown.
 */
export async function startWordPress(
  options: InstallOptions,
): Promise<WordPress & { setupOutput: unknown }> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-wp-'));
  const servers: Group[] = [];
  /** The PHP scripts running now (runPhp), stopped by close() if a test left one behind. */
  const scripts = new Set<ChildProcess>();
  const stopAll = async () => {
    for (const child of scripts) child.kill('SIGKILL');
    // The web server first: nothing reaches the database once it is down.
    for (const server of [...servers].reverse()) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    return await installSite(dir, options, servers, scripts, stopAll);
  } catch (error) {
    await stopAll().catch(() => undefined); // the first error is the one to see
    throw error;
  }
}

/** The steps of startWordPress(); every server it starts is added to `servers` at once. */
async function installSite(
  dir: string,
  options: InstallOptions,
  servers: Group[],
  scripts: Set<ChildProcess>,
  stopAll: () => Promise<void>,
): Promise<WordPress & { setupOutput: unknown }> {
  const db = await startMariaDb(join(dir, 'db'));
  servers.push(db.server);
  const root = join(dir, 'root');
  cpSync(options.wordpressDir ?? WORDPRESS_SOURCE, root, { recursive: true, dereference: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  writeFileSync(
    join(root, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'wp' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:${db.socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_PLUGIN_DIR', __DIR__ . '/wp-content/plugins' );
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
define( 'KIOSQUE_ALLOW_PRIVATE_HOSTS', '${options.allowPrivateHosts.join(',')}' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $name ) {
	define( $name, 'kiosque-test-' . $name );
}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  mkdirSync(join(root, 'wp-content', 'plugins'), { recursive: true });
  rmSync(join(root, 'wp-content', 'plugins', 'kiosque'), { recursive: true, force: true });
  writeFileSync(join(root, 'ci-router.php'), ROUTER);
  if (options.muPlugin) {
    mkdirSync(join(root, 'wp-content', 'mu-plugins'), { recursive: true });
    writeFileSync(
      join(root, 'wp-content', 'mu-plugins', 'kiosque-test.php'),
      `<?php\n${options.muPlugin}\n`,
    );
  }

  // Asynchronous on purpose: the dev instance runs in this process and must keep answering.
  const runPhp = (code: string, input?: unknown, installing = false): Promise<string> => {
    const file = join(dir, `run-${process.hrtime.bigint()}.php`);
    writeFileSync(
      file,
      `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '${port}';
${installing ? "define( 'WP_INSTALLING', true );" : ''}
// A fatal error is printed as PHP prints it, not as WordPress's "critical error" page.
define( 'WP_DISABLE_FATAL_ERROR_HANDLER', true );
require '${root}/wp-load.php';
$input = json_decode( (string) file_get_contents( 'php://stdin' ), true );
${code}
`,
    );
    return new Promise((resolve, reject) => {
      const child = spawn('php', [file], { stdio: ['pipe', 'pipe', 'pipe'] });
      scripts.add(child);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.stdin.on('error', () => {
        /* php ended before reading its input: its exit status says why */
      });
      child.on('error', (error) => {
        scripts.delete(child);
        rmSync(file, { force: true });
        reject(new Error(`php could not start: ${error.message}`));
      });
      child.on('close', (status, signal) => {
        scripts.delete(child);
        rmSync(file, { force: true });
        if (status === 0) resolve(stdout);
        else {
          const why = signal ? `killed by ${signal}` : status;
          reject(new Error(`PHP failed (${why}):\n${stderr}\n${stdout.slice(0, 2000)}`));
        }
      });
      child.stdin.end(JSON.stringify(input ?? null));
    });
  };
  /** Runs `code` as the body of a function of `$input`; returns what it returns, as JSON. */
  const php = async (code: string, input?: unknown): Promise<unknown> => {
    const out = await runPhp(
      `$kiosque_test = function ( $input ) {\n${code}\n};\nob_start();\n$kiosque_value = $kiosque_test( $input );\nob_end_clean();\necho "@@JSON@@" . wp_json_encode( $kiosque_value );`,
      input,
    );
    const marker = out.lastIndexOf('@@JSON@@');
    if (marker < 0) throw new Error(`No result from PHP:\n${out}`);
    return JSON.parse(out.slice(marker + 8));
  };

  const install = await runPhp(
    `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_install( 'Kiosque test site', 'admin', 'admin@example.com', false, '', 'admin' );
update_option( 'permalink_structure', '' );
switch_theme( 'twentytwentythree' );
WP_Filesystem();
$unzipped = unzip_file( '${ZIP}', WP_PLUGIN_DIR );
if ( is_wp_error( $unzipped ) ) { fwrite( STDERR, $unzipped->get_error_message() ); exit( 1 ); }
echo "installed\\n";
`,
    null,
    true,
  );
  if (!install.includes('installed')) throw new Error(`WordPress install failed:\n${install}`);
  const activation = await runPhp(
    `require_once ABSPATH . 'wp-admin/includes/plugin.php';
$result = activate_plugin( 'kiosque/kiosque.php' );
if ( is_wp_error( $result ) ) { fwrite( STDERR, $result->get_error_message() ); exit( 1 ); }
echo "active\\n";`,
  );
  if (!activation.includes('active')) throw new Error(`Activation failed:\n${activation}`);
  const setupOutput = await php(options.setup, options.setupInput);

  const server = await startGroup(
    'php -S',
    'php',
    ['-S', `127.0.0.1:${port}`, '-t', root, join(root, 'ci-router.php')],
    {
      // Several workers: the cache lock is tested with concurrent requests, and a browser keeps
      // idle connections open, each of which holds a worker of the built-in server.
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '8' },
    },
  );
  servers.push(server);
  await server.ready(async () => {
    try {
      return (await fetch(`${url}/wp-login.php`)).ok;
    } catch {
      return false; // not listening yet
    }
  }, 20_000);

  let closing: Promise<void> | undefined;
  return {
    url,
    root,
    debugLog: join(dir, 'debug.log'),
    processGroups: servers.map(({ name, pgid }) => ({ name, pgid })),
    php,
    setupOutput,
    close() {
      closing ??= stopAll();
      return closing;
    },
  };
}
