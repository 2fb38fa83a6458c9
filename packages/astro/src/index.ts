export { default as KiosqueEvents } from './KiosqueEvents.astro';
export { default as KiosqueCalendar } from './KiosqueCalendar.astro';
export { default as KiosqueMap } from './KiosqueMap.astro';
export { default as KiosqueEvent } from './KiosqueEvent.astro';
export { default as KiosqueRsvp } from './KiosqueRsvp.astro';
export { loadFor, ON_ERROR, type OnError, type LoadOptions, type Loaded } from './load.js';
export { icsEndpoint, type IcsEndpointOptions } from './ics.js';
export type { KiosqueProps } from './props.js';
