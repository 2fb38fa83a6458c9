import type { CalendarMessages } from '../areas/calendar.js';

export const calendar: CalendarMessages = {
  gridLabel: (month) => `Eventos de ${month}`,
  navigation: 'Meses',
  previousMonth: 'Mes anterior',
  nextMonth: 'Mes siguiente',
  today: 'Hoy',
  emptyMonth: (month) => `No hay eventos en ${month}.`,
  more: (n) => `+${n} más`,
  continued: '(continuación)',
  dayEventsLabel: (day) => `Eventos del ${day}`,
  noEventsOnDay: 'No hay eventos este día.',
  close: 'Cerrar',
  keyboardHelp:
    'Las flechas cambian de día, Re Pág y Av Pág cambian de mes, Intro muestra los eventos del día.',
  invalidMonth: (value) =>
    `Este calendario no está bien configurado: «${value}» no es un mes. Escríbalo como año-mes, por ejemplo 2026-05.`,
};
