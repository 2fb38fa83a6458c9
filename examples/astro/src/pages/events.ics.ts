import { icsEndpoint } from '@kiosque/astro/ics';
import { instance, onError } from '../kiosque';

/** The same selection as the first list of the home page. */
export const GET = icsEndpoint({ instance, limit: 5 }, { onError, name: 'Kiosque example agenda' });
