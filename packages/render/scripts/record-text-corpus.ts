/**
 * Records what Chromium's DOMParser makes of the text corpus (test/corpus.ts): the browser
 * module (src/text.browser.ts, the text rule over DOMParser) runs in Chromium on every input,
 * and the results go to test/fixtures/text-corpus.json, which the Node suite (parse5) and the
 * elements' browser suite compare with.
 *
 *   npm run record -w @kiosque/render        (CHROME_PATH: another Chromium than /usr/bin/chromium)
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ENTITY_INPUTS, HTML_INPUTS, type RecordedText, type TextCorpus } from '../test/corpus.js';

const OUT = fileURLToPath(new URL('../test/fixtures/text-corpus.json', import.meta.url));

/**
 * Characters a reader cannot see or an editor may mangle, written as \u escapes in the JSON
 * (its line feeds are its own layout: JSON.stringify escapes those of the strings).
 */
const INVISIBLE = /(?!\n)[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Noncharacter_Code_Point}]/gu;

/** `json` with each invisible character as the \u escapes of its UTF-16 code units. */
function escapeInvisible(json: string): string {
  const escape = (unit: string) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return json.replace(INVISIBLE, (char) => char.split('').map(escape).join(''));
}

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('../src/text.browser.ts', import.meta.url))],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'kiosqueText',
  target: 'es2022',
});

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
  const [texts, decoded] = await page.evaluate(
    ([html, entities]) => {
      const api = (
        globalThis as unknown as {
          kiosqueText: {
            htmlToText(html: string): string;
            decodeEntities(text: string): string;
          };
        }
      ).kiosqueText;
      return [html.map((h) => api.htmlToText(h)), entities.map((e) => api.decodeEntities(e))];
    },
    [HTML_INPUTS, ENTITY_INPUTS] as const,
  );
  const pair = (inputs: readonly string[], outputs: string[]): RecordedText[] =>
    inputs.map((input, i) => ({ input, text: outputs[i] ?? '' }));
  const corpus: TextCorpus = {
    recordedWith: `Chromium ${browser.version()} DOMParser`,
    htmlToText: pair(HTML_INPUTS, texts),
    decodeEntities: pair(ENTITY_INPUTS, decoded),
  };
  await writeFile(OUT, `${escapeInvisible(JSON.stringify(corpus, null, 2))}\n`);
  console.log(`${HTML_INPUTS.length + ENTITY_INPUTS.length} cases written to ${OUT}`);
} finally {
  await browser.close();
}
