import { localStorageStore, setDefaultStore } from '@kiosque/client';

/** In browsers, remember the last good data so repeat visits paint at once. */
setDefaultStore(localStorageStore('kiosque:'));
