import type { CalendarMessages } from '../areas/calendar.js';

export const calendar: CalendarMessages = {
  gridLabel: (month) => `Eventi di ${month}`,
  navigation: 'Mesi',
  previousMonth: 'Mese precedente',
  nextMonth: 'Mese successivo',
  today: 'Oggi',
  emptyMonth: (month) => `Nessun evento a ${month}.`,
  more: (n) => (n === 1 ? '+1 altro' : `+${n} altri`),
  continued: '(continua)',
  dayEventsLabel: (day) => `Eventi di ${day}`,
  noEventsOnDay: 'Nessun evento in questo giorno.',
  close: 'Chiudi',
  keyboardHelp:
    'Le frecce passano da un giorno all’altro, Pagina su e Pagina giù cambiano mese, Invio elenca gli eventi del giorno.',
  invalidMonth: (value) =>
    `Questo calendario non è configurato correttamente: «${value}» non è un mese. Scrivilo come anno-mese, per esempio 2026-05.`,
};
