import type { CommonMessages } from '../types.js';

/** Arabic plural categories: zero, one, two, few (3–10), many (11–99), other. */
function arabicCount(n: number, forms: [string, string, string, string, string, string]): string {
  const rule = new Intl.PluralRules('ar').select(n);
  const index = { zero: 0, one: 1, two: 2, few: 3, many: 4, other: 5 }[rule] ?? 5;
  return (forms[index] ?? forms[5]).replace('{n}', new Intl.NumberFormat('ar').format(n));
}

export const common: CommonMessages = {
  locale: 'ar',
  dir: 'rtl',
  loading: 'جارٍ تحميل الفعاليات…',
  empty: 'لا توجد فعاليات قادمة.',
  emptyFiltered: 'لا توجد فعاليات تطابق هذه المرشحات.',
  eventsLabel: 'الفعاليات',
  online: 'عبر الإنترنت',
  retry: 'أعد المحاولة',
  staleNote: (when) => `قد لا تكون هذه الفعاليات محدّثة (آخر تحديث ${when}).`,
  errors: {
    network: 'تعذّر الوصول إلى التقويم. تحقّق من اتصالك ثم أعد المحاولة.',
    timeout: 'يستغرق التقويم وقتًا طويلًا للرد. أعد المحاولة بعد قليل.',
    http: 'ردّ التقويم بخطأ. أعد المحاولة لاحقًا.',
    graphql: 'تعذّر على التقويم معالجة هذا الطلب. أعد المحاولة لاحقًا.',
    'invalid-response': 'أرسل التقويم ردًّا لا يمكن قراءته. أعد المحاولة لاحقًا.',
    'not-found': 'تعذّر العثور على هذه الفعالية أو المجموعة. ربما حُذفت أو أصبحت خاصة.',
    'invalid-input': 'هذا التقويم غير مُعدّ بشكل صحيح: عنوان المثيل غير صالح.',
    aborted: 'توقّف التحميل.',
    unknownGroup: 'هذه المجموعة غير موجودة على المثيل.',
    missingInstance: 'هذا التقويم غير مُعدّ: لم يُحدَّد عنوان المثيل.',
  },
  viewEvent: (title) => `${title}، صفحة الفعالية`,
  timeZoneNote: (zone) => `بتوقيت ${zone}`,
  allDay: 'طوال اليوم',
  cancelled: 'ملغاة',
  tentative: 'بانتظار التأكيد',
  full: 'مكتملة',
  placesLeft: (n) =>
    arabicCount(n, [
      'لا أماكن متبقية',
      'بقي مكان واحد',
      'بقي مكانان',
      'بقيت {n} أماكن',
      'بقي {n} مكانًا',
      'بقي {n} مكان',
    ]),
  participants: (n) =>
    arabicCount(n, [
      'لا مشاركين',
      'مشارك واحد',
      'مشاركان',
      '{n} مشاركين',
      '{n} مشاركًا',
      '{n} مشارك',
    ]),
  externalRegistration: 'التسجيل على موقع آخر',
  moreEvents: 'مزيد من الفعاليات',
  eventsFound: (n) =>
    arabicCount(n, [
      'لا فعاليات',
      'فعالية واحدة',
      'فعاليتان',
      '{n} فعاليات',
      '{n} فعالية',
      '{n} فعالية',
    ]),
  loadingMore: 'جارٍ تحميل مزيد من الفعاليات…',
  addToCalendar: 'أضف إلى التقويم',
  showOnMap: 'عرض على الخريطة',
  subscribe: (name) => `اشترك في جدول ${name}`,
  allEventsOn: (host) => `كل الفعاليات على ${host}`,
  allEventsOf: (group) => `كل فعاليات ${group}`,
  wheelchairFully: 'مهيّأ للكراسي المتحركة',
  wheelchairPartially: 'مهيّأ جزئيًا للكراسي المتحركة',
  liveSubtitles: 'ترجمة نصية مباشرة',
  signLanguage: 'لغة الإشارة',
  smokeFree: 'خالٍ من التدخين',
  accessibilityLabel: 'إمكانية الوصول',
};
