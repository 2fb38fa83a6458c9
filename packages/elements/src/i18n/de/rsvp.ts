import type { RsvpMessages } from '../areas/rsvp.js';

export const rsvp: RsvpMessages = {};
