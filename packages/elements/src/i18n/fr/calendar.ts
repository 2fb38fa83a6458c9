import type { CalendarMessages } from '../areas/calendar.js';

export const calendar: CalendarMessages = {};
