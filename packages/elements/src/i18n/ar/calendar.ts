import type { CalendarMessages } from '../areas/calendar.js';

export const calendar: CalendarMessages = {
  gridLabel: (month) => `فعاليات ${month}`,
  navigation: 'الأشهر',
  previousMonth: 'الشهر السابق',
  nextMonth: 'الشهر التالي',
  today: 'اليوم',
  emptyMonth: (month) => `لا توجد فعاليات في ${month}.`,
  more: (n) => {
    const count = new Intl.NumberFormat('ar').format(n);
    const rule = new Intl.PluralRules('ar').select(n);
    if (rule === 'one') return '+ فعالية أخرى';
    if (rule === 'two') return '+ فعاليتان أخريان';
    if (rule === 'few') return `+${count} فعاليات أخرى`;
    return `+${count} فعالية أخرى`;
  },
  continued: '(تتمة)',
  dayEventsLabel: (day) => `فعاليات يوم ${day}`,
  noEventsOnDay: 'لا توجد فعاليات في هذا اليوم.',
  close: 'إغلاق',
  keyboardHelp:
    'تنقّل بين الأيام بمفاتيح الأسهم، وغيّر الشهر بمفتاحَي الصفحة السابقة والتالية، واضغط Enter لعرض فعاليات اليوم.',
  invalidMonth: (value) =>
    `هذا التقويم غير مُعدّ بشكل صحيح: «${value}» ليس شهرًا. اكتبه على شكل سنة-شهر، مثل 2026-05.`,
};
