import type { CalendarMessages } from '../areas/calendar.js';

export const calendar: CalendarMessages = {
  gridLabel: (month) => `Événements de ${month}`,
  navigation: 'Mois',
  previousMonth: 'Mois précédent',
  nextMonth: 'Mois suivant',
  today: 'Aujourd’hui',
  emptyMonth: (month) => `Aucun événement en ${month}.`,
  more: (n) => (n === 1 ? '+1 autre' : `+${n} autres`),
  continued: '(suite)',
  dayEventsLabel: (day) => `Événements du ${day}`,
  noEventsOnDay: 'Aucun événement ce jour-là.',
  close: 'Fermer',
  keyboardHelp:
    'Les flèches passent d’un jour à l’autre, Page précédente et Page suivante changent de mois, Entrée liste les événements du jour.',
  invalidMonth: (value) =>
    `Ce calendrier est mal configuré : « ${value} » n’est pas un mois. Écrivez-le année-mois, par exemple 2026-05.`,
};
