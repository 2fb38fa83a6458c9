import type { FiltersMessages } from '../areas/filters.js';

/** Arabic plural forms: 0, 1, 2, 3–10, 11–99, 100+. */
function events(n: number): string {
  const count = new Intl.NumberFormat('ar').format(n);
  if (n === 0) return 'لا توجد فعاليات';
  if (n === 1) return 'فعالية واحدة';
  if (n === 2) return 'فعاليتان';
  const mod = n % 100;
  if (mod >= 3 && mod <= 10) return `${count} فعاليات`;
  return `${count} فعالية`;
}

export const filters: FiltersMessages = {
  label: 'تصفية الفعاليات',
  search: 'بحث',
  searchHint: 'العنوان، المكان، الموضوع…',
  tags: 'المواضيع',
  category: 'الفئة',
  anyCategory: 'كل الفئات',
  when: 'متى',
  anyTime: 'في أي وقت',
  today: 'اليوم',
  weekend: 'عطلة نهاية هذا الأسبوع',
  month: 'هذا الشهر',
  customRange: 'اختيار التواريخ',
  from: 'من',
  to: 'إلى',
  invalidRange: 'تاريخ النهاية يسبق تاريخ البداية: اختر تاريخ نهاية بعده.',
  type: 'الشكل',
  anyType: 'عبر الإنترنت وحضوريًا',
  online: 'عبر الإنترنت',
  inPerson: 'حضوريًا',
  nearMe: 'بالقرب مني',
  radius: 'المسافة',
  km: (n) => `${new Intl.NumberFormat('ar').format(n)} كم`,
  locating: 'جارٍ تحديد موقعك…',
  locateDenied:
    'موقعك غير متاح: تم رفض الوصول إلى الموقع. اسمح به في متصفحك لرؤية الفعاليات القريبة منك.',
  locateUnavailable: 'تعذّر تحديد موقعك. حاول مرة أخرى، أو ابحث عن مدينة أو مكان بدلًا من ذلك.',
  nearYou: (km) => `فعاليات على بُعد ${new Intl.NumberFormat('ar').format(km)} كم من موقعك.`,
  more: (n) =>
    n > 0 ? `عوامل التصفية (${new Intl.NumberFormat('ar').format(n)})` : 'عوامل التصفية',
  reset: 'مسح عوامل التصفية',
  results: (n, more) => (more ? `${events(n)} أو أكثر` : events(n)),
  views: 'طرق العرض',
  viewList: 'قائمة',
  viewCalendar: 'تقويم',
  viewMap: 'خريطة',
  dialogLabel: 'تفاصيل الفعالية',
  close: 'إغلاق',
};
