import type { EventMessages } from '../areas/event.js';

export const event: EventMessages = {};
