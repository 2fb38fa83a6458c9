import type { CalendarMessages } from '../areas/calendar.js';

export const calendar: CalendarMessages = {
  gridLabel: (month) => `Veranstaltungen im ${month}`,
  navigation: 'Monate',
  previousMonth: 'Vorheriger Monat',
  nextMonth: 'Nächster Monat',
  today: 'Heute',
  emptyMonth: (month) => `Keine Veranstaltungen im ${month}.`,
  more: (n) => `+${n} weitere`,
  continued: '(Fortsetzung)',
  dayEventsLabel: (day) => `Veranstaltungen am ${day}`,
  noEventsOnDay: 'Keine Veranstaltungen an diesem Tag.',
  close: 'Schließen',
  keyboardHelp:
    'Mit den Pfeiltasten wechseln Sie den Tag, mit Bild auf und Bild ab den Monat; die Eingabetaste listet die Veranstaltungen des Tages.',
  invalidMonth: (value) =>
    `Dieser Kalender ist nicht richtig eingerichtet: „${value}“ ist kein Monat. Schreiben Sie Jahr-Monat, zum Beispiel 2026-05.`,
};
