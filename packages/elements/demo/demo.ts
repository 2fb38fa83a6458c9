import '../src/kiosque.js';

const params = new URLSearchParams(location.search);
const instance = params.get('instance') ?? `${location.protocol}//${location.hostname}:4000`;
document.getElementById('instance-url')!.textContent = instance;
for (const element of document.querySelectorAll('[data-instance]')) {
  element.setAttribute('instance', instance);
}
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
