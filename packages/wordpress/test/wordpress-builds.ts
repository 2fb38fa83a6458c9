/**
 * A WordPress newer than Debian's for the editor test, assembled from the npm package
 * @wp-playground/wordpress-builds (a devDependency: `npm ci` brings it, nothing is downloaded
 * when the tests run). Its `src/wordpress/wp-<version>.zip` holds the PHP, and its
 * `public/wp-<version>/` folder the static files the zip lacks (most of wp-includes/js/dist,
 * without which the editor does not start). The build's SQLite database is left out (the
 * harness writes its own wp-config.php, for MariaDB), and the build has only the fonts and
 * stylesheet of twentytwentythree, the theme the harness's sites use: Debian's is copied in.
 *
 * The copy is made once per WordPress and package version in the system's temporary
 * directory: built in a folder beside it, then renamed into place, so a copy that exists is
 * complete.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import AdmZip from 'adm-zip';

export const BUILDS_PACKAGE = '@wp-playground/wordpress-builds';

/** The folder of the installed package and its version; an error saying how to install it. */
function installedPackage(who: string): { dir: string; version: string } {
  let manifest: string;
  try {
    manifest = createRequire(import.meta.url).resolve(`${BUILDS_PACKAGE}/package.json`);
  } catch {
    throw new Error(
      `${who} needs the npm package ${BUILDS_PACKAGE}, a devDependency of @kiosque/wordpress, which is missing: run npm ci`,
    );
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: dirname(manifest), version };
}

/**
 * The folder of WordPress `wordpress` ('6.5') assembled from the package, with the
 * twentytwentythree theme of the WordPress copy `themeSource`; made when missing.
 */
export function wordpressBuild(wordpress: string, themeSource: string, who: string): string {
  const builds = installedPackage(who);
  const target = join(tmpdir(), `kiosque-wordpress-${wordpress}-${builds.version}`);
  if (existsSync(target)) return target;

  const zip = join(builds.dir, 'src', 'wordpress', `wp-${wordpress}.zip`);
  const statics = join(builds.dir, 'public', `wp-${wordpress}`);
  const theme = join(themeSource, 'wp-content', 'themes', 'twentytwentythree');
  for (const needed of [zip, statics, join(theme, 'theme.json')]) {
    if (!existsSync(needed)) throw new Error(`${who} needs ${needed}, which is missing`);
  }
  const work = mkdtempSync(`${target}.part-`);
  try {
    new AdmZip(zip).extractAllTo(work, true);
    // What the zip has wins: the public folder only adds the files it lacks.
    cpSync(statics, work, { recursive: true, force: false });
    rmSync(join(work, 'wp-content', 'database'), { recursive: true, force: true });
    const themes = join(work, 'wp-content', 'themes');
    rmSync(join(themes, 'twentytwentythree'), { recursive: true, force: true });
    cpSync(theme, join(themes, 'twentytwentythree'), { recursive: true, dereference: true });
    renameSync(work, target);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    // Another process renamed its complete copy into place first.
    if (existsSync(join(target, 'wp-includes', 'version.php'))) return target;
    throw error;
  }
  return target;
}
