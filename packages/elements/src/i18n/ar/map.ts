import type { MapMessages } from '../areas/map.js';

/** Arabic plural categories: zero, one, two, few (3–10), many (11–99), other. */
function arabicCount(n: number, forms: [string, string, string, string, string, string]): string {
  const rule = new Intl.PluralRules('ar').select(n);
  const index = { zero: 0, one: 1, two: 2, few: 3, many: 4, other: 5 }[rule] ?? 5;
  return (forms[index] ?? forms[5]).replace('{n}', new Intl.NumberFormat('ar').format(n));
}

const events = (n: number) =>
  arabicCount(n, [
    'لا فعاليات',
    'فعالية واحدة',
    'فعاليتان',
    '{n} فعاليات',
    '{n} فعالية',
    '{n} فعالية',
  ]);

export const map: MapMessages = {
  label: 'خريطة الفعاليات',
  loadingMap: 'جارٍ تحميل الخريطة…',
  empty: 'لا توجد فعاليات لها مكان.',
  onlineNote: (n) =>
    arabicCount(n, [
      'لا فعاليات أخرى عبر الإنترنت',
      'وفعالية واحدة أخرى عبر الإنترنت',
      'وفعاليتان أخريان عبر الإنترنت',
      'و{n} فعاليات أخرى عبر الإنترنت',
      'و{n} فعالية أخرى عبر الإنترنت',
      'و{n} فعالية أخرى عبر الإنترنت',
    ]),
  listToggle: (n) => `قائمة الفعاليات على هذه الخريطة (${new Intl.NumberFormat('ar').format(n)})`,
  withPlace: 'لها مكان',
  onlineEvents: 'فعاليات عبر الإنترنت',
  consent: (host) =>
    `تحمّل هذه الخريطة صورها من ${host}، الذي سيرى عنوان IP الخاص بك. لا يُحمَّل شيء قبل أن تختار عرضها.`,
  consentRemembered: 'يُحفظ اختيارك على هذا الموقع.',
  showMap: 'اعرض الخريطة',
  nearMe: 'بالقرب مني',
  locating: 'جارٍ تحديد موقعك…',
  locateDenied:
    'موقعك غير متاح: رُفض الوصول إلى الموقع. اسمح به في متصفحك لرؤية الفعاليات القريبة منك.',
  locateUnavailable:
    'تعذّر تحديد موقعك. أعد المحاولة، أو ابحث عن الفعاليات على الخريطة أو في القائمة.',
  nearYou: (km) => `الفعاليات على بُعد ${new Intl.NumberFormat('ar').format(km)} كم من موقعك.`,
  directions: 'الاتجاهات',
  directionsTo: (title) => `الاتجاهات إلى ${title}`,
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  closePopup: 'إغلاق',
  cluster: (n) => `${events(n)} هنا: كبّر الخريطة`,
  mapFailed: 'تعذّر عرض الخريطة. قائمة الفعاليات أدناه لا تزال متاحة.',
  invalidSetting: (name, example) =>
    `إعداد الخريطة «${name}» غير صالح وتم تجاهله (المتوقع مثلًا ${example}).`,
};
