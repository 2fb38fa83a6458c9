import '../src/kiosque.js';
import { renderDemo } from './journey.js';

const params = new URLSearchParams(location.search);
const instance = params.get('instance') ?? `${location.protocol}//${location.hostname}:4000`;
document.getElementById('instance-url')!.textContent = instance;
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
renderDemo(document.querySelector('main')!, { instance });
