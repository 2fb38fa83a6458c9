import type { EventMessages } from '../areas/event.js';

/** Arabic plural categories: zero, one, two, few (3–10), many (11–99), other. */
function arabicCount(n: number, forms: [string, string, string, string, string, string]): string {
  const rule = new Intl.PluralRules('ar').select(n);
  const index = { zero: 0, one: 1, two: 2, few: 3, many: 4, other: 5 }[rule] ?? 5;
  return (forms[index] ?? forms[5]).replace('{n}', new Intl.NumberFormat('ar').format(n));
}

export const event: EventMessages = {
  loading: 'جارٍ تحميل الفعالية…',
  notFound: 'تعذّر العثور على هذه الفعالية. ربما حُذفت أو أصبحت خاصة، أو أن الرابط غير صحيح.',
  missingUuid: 'هذه الفعالية غير مُعدّة: لم يُحدَّد معرّف الفعالية (uuid).',
  invalidUuid: 'هذه الفعالية غير مُعدّة بشكل صحيح: معرّف الفعالية (uuid) غير صالح.',
  staleNote: (when) => `قد لا تكون هذه الفعالية محدّثة (آخر تحديث ${when}).`,
  when: 'الموعد',
  where: 'المكان',
  onlineLabel: 'عبر الإنترنت',
  participantsLabel: 'المشاركون',
  organizer: 'الجهة المنظِّمة',
  tags: 'الوسوم',
  category: 'الفئة',
  cancelledBanner: 'أُلغيت هذه الفعالية.',
  tentativeBanner: 'لم تُؤكَّد هذه الفعالية بعد: قد يتغيّر موعدها.',
  fullBanner: 'اكتمل العدد في هذه الفعالية.',
  pastBanner: 'انتهت هذه الفعالية.',
  capacity: (n) =>
    arabicCount(n, ['لا أماكن', 'مكان واحد', 'مكانان', '{n} أماكن', '{n} مكانًا', '{n} مكان']),
  limitedTo: (n) =>
    arabicCount(n, [
      'لا أماكن',
      'مقتصرة على شخص واحد',
      'مقتصرة على شخصين',
      'مقتصرة على {n} أشخاص',
      'مقتصرة على {n} شخصًا',
      'مقتصرة على {n} شخص',
    ]),
  wheelchairNo: 'غير مهيّأ للكراسي المتحركة',
  directions: 'الاتجاهات',
  directionsLabel: (place) => `الاتجاهات إلى ${place} (تفتح خريطة في علامة تبويب جديدة)`,
  joinOnline: 'انضم عبر الإنترنت',
  organizedBy: 'من تنظيم',
  viewOnInstance: (instance) => `اعرضها على ${instance}`,
  participate: 'شارك من صفحة الفعالية',
  registerExternal: 'سجّل على موقع الجهة المنظِّمة',
  share: 'مشاركة',
  copyLink: 'نسخ الرابط',
  linkCopied: 'نُسخ الرابط.',
  copyFailed: 'تعذّر نسخ الرابط. إليك الرابط:',
  newTab: '(يفتح في علامة تبويب جديدة)',
};
