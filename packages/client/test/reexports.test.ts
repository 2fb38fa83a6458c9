import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as renderFallback from '@kiosque/render/fallback';
import * as renderIcs from '@kiosque/render/ics';
import * as renderJsonLd from '@kiosque/render/json-ld';
import * as fallback from '../src/fallback.js';
import * as ics from '../src/ics.js';

describe('@kiosque/client/fallback and /ics', () => {
  it('are the writers of @kiosque/render, unchanged', () => {
    assert.equal(ics.eventsToIcs, renderIcs.eventsToIcs);
    assert.equal(ics.escapeIcsText, renderIcs.escapeIcsText);
    assert.equal(ics.foldIcsLine, renderIcs.foldIcsLine);
    assert.equal(fallback.renderFallback, renderFallback.renderFallback);
    assert.equal(fallback.escapeHtml, renderFallback.escapeHtml);
    assert.equal(fallback.FALLBACK_TEXT, renderFallback.FALLBACK_TEXT);
    assert.equal(fallback.eventJsonLd, renderJsonLd.eventJsonLd);
    assert.equal(fallback.scriptJson, renderJsonLd.scriptJson);
  });
});
