import type { Messages } from '../types.js';
import { common } from './common.js';
import { event } from './event.js';
import { calendar } from './calendar.js';
import { rsvp } from './rsvp.js';
import { map } from './map.js';
import { filters } from './filters.js';

export const en: Messages = { ...common, event, calendar, rsvp, map, filters };
