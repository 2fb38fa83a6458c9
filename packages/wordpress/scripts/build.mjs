/**
 * Builds the installable plugin: dist/kiosque/ (the plugin folder) and dist/kiosque.zip.
 *
 * 1. data/documents.json from @kiosque/client's document builders;
 * 2. the block editor scripts with @wordpress/scripts (block.json files copied beside them);
 * 3. the PHP, readme.txt, license and assets from plugin/;
 * 4. the elements (packages/elements/dist/kiosque.js and its chunks), built before us;
 * 5. translations: .po → .mo (PHP) and Jed JSON (editor scripts);
 * 6. the zip, with the single folder kiosque/ (adm-zip).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileTranslations } from './i18n.mjs';
import AdmZip from 'adm-zip';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const out = join(dist, 'kiosque');
const elements = join(root, '..', 'elements', 'dist');

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[@kiosque/wordpress] ${cmd} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync(join(elements, 'kiosque.js'))) {
  console.error(
    '[@kiosque/wordpress] packages/elements/dist/kiosque.js is missing: run `npm run build` at the root (it builds the elements first).',
  );
  process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

run(process.execPath, [
  '--import',
  'tsx',
  'scripts/documents.ts',
  join(out, 'data', 'documents.json'),
]);
run(process.execPath, [
  createRequire(import.meta.url).resolve('@wordpress/scripts/bin/wp-scripts.js'),
  'build',
  '--webpack-src-dir=src/blocks',
  `--output-path=${join(out, 'build', 'blocks')}`,
]);
cpSync(join(root, 'plugin'), out, { recursive: true });
mkdirSync(join(out, 'elements'), { recursive: true });
for (const entry of readdirSync(elements, { withFileTypes: true })) {
  if (entry.isFile() && entry.name.endsWith('.js')) {
    cpSync(join(elements, entry.name), join(out, 'elements', entry.name));
  }
}
if (existsSync(join(elements, 'chunks'))) {
  cpSync(join(elements, 'chunks'), join(out, 'elements', 'chunks'), {
    recursive: true,
    filter: (src) => !src.endsWith('.map'),
  });
}
compileTranslations(join(root, 'languages'), join(out, 'languages'));
writeFileSync(join(out, 'index.php'), '<?php\n// Silence is golden.\n');
// The archive WordPress installs: one kiosque/ folder. adm-zip is what wp-scripts plugin-zip
// writes with; plugin-zip itself takes its file list from a package.json, which would then be
// part of the plugin.
const zip = new AdmZip();
zip.addLocalFolder(out, 'kiosque');
zip.writeZip(join(dist, 'kiosque.zip'));
console.log('[@kiosque/wordpress] dist/kiosque.zip');
