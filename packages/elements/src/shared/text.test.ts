import { expect } from '@open-wc/testing';
import { htmlToText as clientHtmlToText } from '@kiosque/client';
import { decodeEntities, excerptOf, htmlToText } from '@kiosque/render/text';

/** packages/render/test/fixtures/text-corpus.json: what Chromium's DOMParser made of each input. */
interface TextCorpus {
  recordedWith: string;
  htmlToText: { input: string; text: string }[];
  decodeEntities: { input: string; text: string }[];
}

async function recordedCorpus(): Promise<TextCorpus> {
  const url = new URL('../../../render/test/fixtures/text-corpus.json', import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href}: ${response.status}`);
  return (await response.json()) as TextCorpus;
}

describe('the text of an event in browsers (@kiosque/render/text over DOMParser)', () => {
  it('is what the client and the sanitizer use, and loads no parse5', () => {
    expect(clientHtmlToText).to.equal(htmlToText);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => /\/(parse5|entities)\//.test(name))).to.deep.equal([]);
  });

  it('gives the recorded text of every input of the corpus', async () => {
    const corpus = await recordedCorpus();
    expect(corpus.htmlToText.length).to.be.greaterThan(200);
    const differ = corpus.htmlToText
      .map((c) => ({ ...c, now: htmlToText(c.input) }))
      .filter((c) => c.now !== c.text);
    expect(differ).to.deep.equal([]);
  });

  it('decodes entities as recorded', async () => {
    const corpus = await recordedCorpus();
    const differ = corpus.decodeEntities
      .map((c) => ({ ...c, now: decodeEntities(c.input) }))
      .filter((c) => c.now !== c.text);
    expect(differ).to.deep.equal([]);
  });

  it('decodes every entity and separates list items', () => {
    expect(htmlToText('Caf&eacute; &ecirc;tre &uuml;ber &amp;amp; &notin; &copy 2026')).to.equal(
      'Café être über &amp; ∉ © 2026',
    );
    expect(excerptOf('<ul><li>Elektronik</li><li>Fahrräder</li></ul>')).to.equal(
      'Elektronik Fahrräder',
    );
  });
});
