/**
 * The system programs the suites need beyond Node and npm, the Debian packages that provide
 * them, and one check per program. scripts/install-system-deps.sh installs the same list.
 *
 *   node scripts/system-deps.mjs              prints what is missing, exits 1 if anything is
 *   node scripts/system-deps.mjs --packages   prints the Debian packages to install (all of them)
 *
 * Suites call requireTools() before they start anything: a missing program stops them at once
 * with one line naming the Debian package and the install command, never a hang or a skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const INSTALL_COMMAND = 'sudo scripts/install-system-deps.sh';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const hasAny = (...paths) => paths.some((p) => existsSync(p));

/** The WordPress copy the WordPress suites use (Debian's, unless KIOSQUE_WORDPRESS_DIR says). */
export const WORDPRESS_DIR = process.env.KIOSQUE_WORDPRESS_DIR ?? '/usr/share/wordpress';

/** Each tool: the Debian packages that provide it and a check that it is usable here. */
export const TOOLS = {
  chromium: {
    packages: ['chromium'],
    present: () =>
      process.env.CHROME_PATH ? existsSync(process.env.CHROME_PATH) : hasAny('/usr/bin/chromium'),
  },
  hugo: { packages: ['hugo'], present: () => has('hugo') },
  // Hugo reads time zones from the system's zone database (it embeds none).
  tzdata: { packages: ['tzdata'], present: () => existsSync('/usr/share/zoneinfo/Europe/Paris') },
  php: {
    packages: ['php-cli', 'php-mysql', 'php-xml', 'php-mbstring', 'php-curl'],
    present: () =>
      has('php') &&
      spawnSync('php', [
        '-r',
        'exit(extension_loaded("mysqli") && extension_loaded("curl") && extension_loaded("mbstring") && extension_loaded("dom") ? 0 : 1);',
      ]).status === 0,
  },
  mariadb: {
    packages: ['mariadb-server'],
    present: () =>
      ['mariadb', 'mariadb-admin', 'mariadb-install-db'].every(has) &&
      (has('mariadbd') || hasAny('/usr/sbin/mariadbd')),
  },
  // The privacy proxy suite serves the site's files with a real Apache and its stock MIME setup.
  apache: {
    packages: ['apache2'],
    present: () =>
      hasAny('/usr/sbin/apache2') &&
      ['mod_mpm_event.so', 'mod_authz_core.so', 'mod_mime.so'].every((module) =>
        existsSync(`/usr/lib/apache2/modules/${module}`),
      ) &&
      existsSync('/etc/apache2/mods-available/mime.conf') &&
      existsSync('/etc/mime.types'),
  },
  wordpress: {
    packages: ['wordpress', 'wordpress-theme-twentytwentythree'],
    present: () =>
      existsSync(`${WORDPRESS_DIR}/wp-settings.php`) &&
      hasAny(
        `${WORDPRESS_DIR}/wp-content/themes/twentytwentythree/theme.json`,
        '/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json',
      ),
  },
};

/** Every Debian package of the list, in order, once. */
export function allPackages() {
  return [...new Set(Object.values(TOOLS).flatMap((tool) => tool.packages))];
}

/** The tools of `names` that are not usable on this machine. */
export function missingTools(names) {
  return names.filter((name) => {
    const tool = TOOLS[name];
    if (!tool) throw new Error(`Unknown system tool "${name}"`);
    return !tool.present();
  });
}

/** One line saying what is missing, which Debian packages provide it and how to install them. */
export function missingMessage(missing, who = 'This suite') {
  const packages = [...new Set(missing.flatMap((name) => TOOLS[name].packages))];
  return `${who} needs ${missing.join(', ')} (Debian package${packages.length > 1 ? 's' : ''} ${packages.join(' ')}): run ${INSTALL_COMMAND}`;
}

/** Throws one clear line when a tool of `names` is missing; returns nothing otherwise. */
export function requireTools(names, who) {
  const missing = missingTools(names);
  if (missing.length) throw new Error(missingMessage(missing, who));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--packages')) {
    console.log(allPackages().join(' '));
  } else {
    const missing = missingTools(Object.keys(TOOLS));
    if (missing.length) {
      console.log(missingMessage(missing, 'The test suites'));
      process.exit(1);
    }
    console.log('Every system tool the suites need is here.');
  }
}
