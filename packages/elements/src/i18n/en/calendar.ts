import type { CalendarMessages } from '../areas/calendar.js';

export const calendar: CalendarMessages = {
  gridLabel: (month) => `Events in ${month}`,
  navigation: 'Months',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  today: 'Today',
  emptyMonth: (month) => `No events in ${month}.`,
  more: (n) => `+${n} more`,
  continued: '(continued)',
  dayEventsLabel: (day) => `Events on ${day}`,
  noEventsOnDay: 'No events on this day.',
  close: 'Close',
  keyboardHelp:
    'Arrow keys move between days, Page Up and Page Down change the month, Enter lists the day’s events.',
  invalidMonth: (value) =>
    `This calendar is not set up correctly: “${value}” is not a month. Write it as year-month, for example 2026-05.`,
};
