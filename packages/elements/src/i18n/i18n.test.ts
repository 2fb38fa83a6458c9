import { expect } from '@open-wc/testing';
// Only the i18n module: no element has registered its English area in this test page.
import { messagesFor, registerEnglish, registerLanguage } from './index.js';
import { rsvp } from './en/rsvp.js';
import { map } from './en/map.js';

describe('English strings by area', () => {
  it('has the common strings without any element', () => {
    expect(messagesFor('en').loading).to.equal('Loading events…');
    expect(messagesFor('en').errors.network).to.contain('could not be reached');
  });

  it('gives an area its English once the element registers it', () => {
    expect(messagesFor('en').map.zoomIn).to.equal(undefined);
    registerEnglish('map', map);
    expect(messagesFor('en').map.zoomIn).to.equal(map.zoomIn);
    expect(messagesFor(null).map).to.equal(map);
  });

  it('fills a language registered earlier with the English it lacks in that area', () => {
    registerLanguage('x-early', { locale: 'en-x-early', rsvp: { participate: 'Count me in' } });
    registerLanguage('en', { rsvp: { loading: 'One moment…' } });
    registerEnglish('rsvp', rsvp);
    const early = messagesFor('x-early').rsvp;
    expect(early.participate).to.equal('Count me in');
    expect(early.email).to.equal(rsvp.email);
    const english = messagesFor('en').rsvp;
    expect(english.loading).to.equal('One moment…');
    expect(english.participate).to.equal(rsvp.participate);
  });

  it('keeps the first English of an area when a second copy registers again', () => {
    registerEnglish('map', { ...map, zoomIn: 'Other copy' });
    expect(messagesFor('en').map.zoomIn).to.equal(map.zoomIn);
  });
});
