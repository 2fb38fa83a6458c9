/**
 * The built plugin: every PHP file parses, the editor scripts load on WordPress 6.1, the zip
 * holds one kiosque/ folder with what WordPress.org expects.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { requireTools } from '../../../scripts/system-deps.mjs';
import { PACKAGE, WORDPRESS_SOURCE, ZIP } from './harness.js';

const PLUGIN = join(PACKAGE, 'dist', 'kiosque');

// Without php or the build, the file fails here, in one line: nothing is skipped.
requireTools(['php'], 'The WordPress plugin test');
for (const built of [ZIP, PLUGIN]) {
  if (!existsSync(built)) {
    throw new Error(`${relative(join(PACKAGE, '../..'), built)} is missing: run npm run build`);
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

test('every PHP file of the plugin passes php -l', () => {
  const files = walk(PLUGIN).filter((f) => f.endsWith('.php'));
  assert.ok(files.length > 15);
  for (const file of files) {
    const result = spawnSync('php', ['-l', file], { encoding: 'utf8' });
    assert.equal(result.status, 0, `${file}: ${result.stdout}${result.stderr}`);
  }
});

test('no editor script depends on react-jsx-runtime, which WordPress 6.1 lacks', () => {
  const assets = walk(join(PLUGIN, 'build')).filter((f) => f.endsWith('.asset.php'));
  assert.equal(assets.length, 5);
  for (const file of assets) {
    const source = readFileSync(file, 'utf8');
    assert.match(source, /'wp-element'/);
    assert.doesNotMatch(source, /react-jsx-runtime|'react'/, file);
  }
});

test('the zip holds the kiosque folder with its main file, readme, license and elements', () => {
  const names = new Set<string>();
  const zip = readFileSync(ZIP);
  // Central directory entries: signature 0x02014b50, name length at 28, name at 46.
  for (let i = zip.indexOf('PK\x01\x02'); i >= 0; i = zip.indexOf('PK\x01\x02', i + 4)) {
    const length = zip.readUInt16LE(i + 28);
    names.add(zip.subarray(i + 46, i + 46 + length).toString());
  }
  for (const name of [
    'kiosque/kiosque.php',
    'kiosque/readme.txt',
    'kiosque/LICENSE',
    'kiosque/uninstall.php',
    'kiosque/elements/kiosque.js',
    'kiosque/data/documents.json',
    'kiosque/build/blocks/events/block.json',
    'kiosque/languages/kiosque.pot',
    'kiosque/languages/kiosque-fr_FR.mo',
  ]) {
    assert.ok(names.has(name), `${name} is in the zip`);
  }
  assert.ok(
    [...names].every((n) => n.startsWith('kiosque/')),
    'one top-level folder',
  );
});

test('the plugin header and readme.txt declare WordPress 6.1+, PHP 8.1+ and a GPL licence', () => {
  const header = readFileSync(join(PLUGIN, 'kiosque.php'), 'utf8');
  assert.match(header, /Requires at least:\s+6\.1/);
  assert.match(header, /Requires PHP:\s+8\.1/);
  assert.match(header, /License:\s+GPL-2\.0-or-later/);
  assert.match(header, /Text Domain:\s+kiosque/);
  const readme = readFileSync(join(PLUGIN, 'readme.txt'), 'utf8');
  assert.match(readme, /^=== Kiosque ===/);
  for (const field of [
    'Requires at least: 6.1',
    'Requires PHP: 8.1',
    'Stable tag: 0.1.0',
    'License: GPLv2 or later',
  ]) {
    assert.ok(readme.includes(field), field);
  }
});

test('readme.txt has a short description of 150 characters at most, is tested up to the WordPress the suite runs, and names its external services', () => {
  const readme = readFileSync(join(PLUGIN, 'readme.txt'), 'utf8');
  // The short description is the paragraph after the header block.
  const short = readme.split(/\r?\n\r?\n/)[1]?.trim() ?? '';
  assert.ok(short.length > 0 && short.length <= 150, `${short.length} characters: ${short}`);
  const versionFile = join(WORDPRESS_SOURCE, 'wp-includes', 'version.php');
  assert.ok(existsSync(versionFile), `${versionFile} is missing: the suite's WordPress is needed`);
  const version = /\$wp_version = '(\d+\.\d+)/.exec(readFileSync(versionFile, 'utf8'))?.[1];
  assert.ok(version, `a version in ${versionFile}`);
  assert.equal(/^Tested up to:[ \t]*(\S+)[ \t]*$/m.exec(readme)?.[1], version);
  const services = /^== External services ==$([\s\S]*?)(?=^== )/m.exec(readme)?.[1] ?? '';
  assert.match(services, /Mobilizon instances you configure/);
  assert.match(services, /https:\/\/<instance>\/api/);
  assert.match(services, /tile\.openstreetmap\.org/);
  assert.ok(services.includes('https://osmfoundation.org/wiki/Terms_of_Use'), 'tile terms');
  assert.ok(services.includes('https://wiki.osmfoundation.org/wiki/Privacy_Policy'), 'privacy');
  const source = /^== Source code ==$([\s\S]*?)(?=^== )/m.exec(readme)?.[1] ?? '';
  assert.match(source, /packages\/elements/);
  assert.match(source, /packages\/wordpress\/src/);
  assert.match(source, /npm ci && npm run build/);
});

test("every block.json declares its element's attributes as the contract states them: npm run generate -w @kiosque/wordpress", async () => {
  const { BLOCKS, blockJsonFile, formatted, generatedBlockJson } =
    await import('../scripts/blocks.js');
  for (const kind of Object.keys(BLOCKS) as (keyof typeof BLOCKS)[]) {
    const file = blockJsonFile(kind);
    assert.equal(readFileSync(file, 'utf8'), await formatted(file, generatedBlockJson(kind)), file);
  }
});

test("the plugin's HTML-to-text reads the browser corpus of @kiosque/render as the browser did", () => {
  const corpus = readFileSync(join(PACKAGE, '../render/test/fixtures/text-corpus.json'), 'utf8');
  const script = `<?php
define( 'ABSPATH', '/' );
require '${join(PLUGIN, 'includes/class-api.php')}';
require '${join(PLUGIN, 'includes/class-text.php')}';
$corpus = Kiosque\\Api::decode_json( (string) file_get_contents( 'php://stdin' ) );
$out    = array( 'htmlToText' => array(), 'decodeEntities' => array() );
foreach ( $corpus['htmlToText'] as $case ) {
	$out['htmlToText'][] = Kiosque\\Text::html_to_text( $case['input'] );
}
foreach ( $corpus['decodeEntities'] as $case ) {
	$out['decodeEntities'][] = Kiosque\\Text::decode_entities( $case['input'] );
}
echo json_encode( $out, JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE );
`;
  const result = spawnSync(
    'php',
    ['-d', 'display_errors=stderr', '-r', script.replace(/^<\?php\n/, '')],
    {
      input: corpus,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '', 'no warning');
  const recorded = JSON.parse(corpus) as {
    htmlToText: { input: string; text: string }[];
    decodeEntities: { input: string; text: string }[];
  };
  const read = JSON.parse(result.stdout) as { htmlToText: string[]; decodeEntities: string[] };
  assert.ok(recorded.htmlToText.length > 200);
  recorded.htmlToText.forEach((c, i) =>
    assert.equal(read.htmlToText[i], c.text, JSON.stringify(c.input)),
  );
  recorded.decodeEntities.forEach((c, i) =>
    assert.equal(read.decodeEntities[i], c.text, JSON.stringify(c.input)),
  );
});
