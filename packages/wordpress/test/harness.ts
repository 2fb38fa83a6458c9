/**
 * A real WordPress for the tests, without Docker or wp-cli: MariaDB started as the current
 * user in a temporary data directory (unix socket, no network), Debian's WordPress copied
 * from /usr/share/wordpress, the built plugin zip installed and activated by a PHP script
 * with WordPress's own unzip_file(), and `php -S` with a router in front of it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ZIP = join(PACKAGE, 'dist', 'kiosque.zip');
export const WORDPRESS_SOURCE = process.env['KIOSQUE_WORDPRESS_DIR'] ?? '/usr/share/wordpress';

export interface WordPress {
  url: string;
  root: string;
  /** The PHP error log (WP_DEBUG_LOG): notices, warnings and errors of every request. */
  debugLog: string;
  /** Runs PHP with WordPress loaded; `code` is the body of a PHP file after wp-load.php. */
  php(code: string, input?: unknown): Promise<unknown>;
  close(): Promise<void>;
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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function must(cmd: string, args: string[], options: { input?: string } = {}): string {
  const result = spawnSync(cmd, args, { encoding: 'utf8', input: options.input });
  if (result.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed (${result.status}):\n${result.stderr}${result.stdout}`,
    );
  }
  return result.stdout;
}

/** What a test needs to know to skip cleanly on a machine without the system packages. */
export function missingTools(): string[] {
  const missing: string[] = [];
  for (const tool of ['php', 'mariadbd', 'mariadb-install-db', 'mariadb']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) missing.push(tool);
  }
  if (!existsSync(join(WORDPRESS_SOURCE, 'wp-settings.php'))) missing.push(WORDPRESS_SOURCE);
  if (!existsSync(ZIP)) missing.push('dist/kiosque.zip (npm run build)');
  return missing;
}

async function startMariaDb(dir: string): Promise<{ socket: string; process: ChildProcess }> {
  const data = join(dir, 'data');
  const socket = join(dir, 'mysql.sock');
  must('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${data}`,
    '--user=root',
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
  ]);
  const child = spawn(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      '--user=root',
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'mysql.pid')}`,
      '--skip-networking',
      `--log-error=${join(dir, 'error.log')}`,
      '--innodb-buffer-pool-size=32M',
      '--innodb-log-file-size=8M',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 120; i++) {
    const ping = spawnSync(
      'mariadb-admin',
      ['--no-defaults', `--socket=${socket}`, '-uroot', 'ping'],
      {
        encoding: 'utf8',
      },
    );
    if (ping.status === 0) break;
    await sleep(250);
  }
  must('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot'], {
    input:
      "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';",
  });
  return { socket, process: child };
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
}

export async function startWordPress(
  options: InstallOptions,
): Promise<WordPress & { setupOutput: unknown }> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-wp-'));
  const db = await startMariaDb(join(dir, 'db'));
  const root = join(dir, 'root');
  cpSync(WORDPRESS_SOURCE, root, { recursive: true, dereference: true });
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
require '${root}/wp-load.php';
$input = json_decode( (string) file_get_contents( 'php://stdin' ), true );
${code}
`,
    );
    return new Promise((resolve, reject) => {
      const child = spawn('php', [file], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('close', (status) => {
        rmSync(file, { force: true });
        if (status === 0) resolve(stdout);
        else reject(new Error(`PHP failed (${status}):\n${stderr}\n${stdout.slice(0, 2000)}`));
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

  const server = spawn(
    'php',
    ['-S', `127.0.0.1:${port}`, '-t', root, join(root, 'ci-router.php')],
    {
      // Several workers: the cache lock is tested with concurrent requests, and a browser keeps
      // idle connections open, each of which holds a worker of the built-in server.
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '8' },
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 80; i++) {
    try {
      const res = await fetch(`${url}/wp-login.php`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }

  return {
    url,
    root,
    debugLog: join(dir, 'debug.log'),
    php,
    setupOutput,
    async close() {
      server.kill('SIGTERM');
      db.process.kill('SIGTERM');
      await new Promise((resolve) => {
        if (db.process.exitCode !== null) resolve(null);
        else db.process.once('exit', resolve);
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
