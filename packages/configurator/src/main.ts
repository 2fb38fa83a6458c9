// Every Kiosque element, for the live preview (the same build the snippets load from the CDN).
import '@kiosque/elements/kiosque.js';
import './app.js';
