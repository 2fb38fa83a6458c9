/**
 * The all-in-one entry: registers every Kiosque element, for a single
 * `<script type="module" src=".../kiosque.js">` on any page.
 */
import './browser-cache.js';
import './kiosque-events.js';
import './kiosque-rsvp.js';
import './kiosque-map.js';
import './kiosque-event.js';
import './kiosque-calendar.js';
import './kiosque-source.js';

export * from './index.js';
