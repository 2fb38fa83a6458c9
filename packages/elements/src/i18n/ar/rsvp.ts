import type { RsvpMessages } from '../areas/rsvp.js';

const number = (n: number) => new Intl.NumberFormat('ar').format(n);

export const rsvp: RsvpMessages = {
  regionLabel: 'المشاركة',
  loading: 'جارٍ تحميل طرق المشاركة…',
  staleNote: (when) =>
    `قد لا تكون هذه الفعالية محدّثة (آخر تحديث ${when}): المثيل لا يستجيب حاليًا، لذا قد لا تنجح المشاركة.`,
  missingEvent: 'نموذج المشاركة هذا غير مُعدّ: لم تُحدَّد أي فعالية.',
  participate: 'شارك',

  formLegend: 'شارك دون حساب',
  email: 'البريد الإلكتروني',
  required: '(مطلوب)',
  emailHint: 'ستصلك رسالة بريد إلكتروني بشأن مشاركتك.',
  message: 'رسالة إلى المنظِّمين',
  optional: '(اختياري)',
  privacyNote:
    'لا يُستخدم بريدك الإلكتروني إلا لتأكيد مشاركتك وإرسال أخبار هذه الفعالية إليك. لا يُشارَك مع المنظِّمين ولا مع مثيلات أخرى.',
  privacyLink: (host) => `سياسة الخصوصية لدى ${host}`,
  approvalNote: 'يراجع المنظِّمون كل طلب قبل قبوله.',
  sending: 'جارٍ إرسال تسجيلك…',
  emailRequired: 'أدخل بريدك الإلكتروني.',
  emailInvalid: 'أدخل بريدًا إلكترونيًا صالحًا، مثل name@example.org.',

  notConfirmed: (email) =>
    `أوشكت على الانتهاء! تفقّد بريدك الوارد (${email}) واتبع الرابط في الرسالة لتأكيد مشاركتك.`,
  registered: 'تم تسجيلك. نراك هناك!',
  notApproved: 'أُرسل الطلب. سيراجع المنظِّمون طلبك، وستصلك رسالة عندما يتخذون قرارهم.',
  registeredAs: (email) => `سجّلت في هذه الفعالية بالبريد ${email}.`,
  registerAnother: 'سجّل شخصًا آخر',
  cancel: 'ألغِ مشاركتي',
  cancelQuestion: 'هل تريد إلغاء مشاركتك في هذه الفعالية؟',
  cancelYes: 'نعم، ألغِها',
  cancelNo: 'لا، أبقِها',
  cancelling: 'جارٍ إلغاء مشاركتك…',
  cancelled: 'أُلغيت مشاركتك.',

  blockedCancelled: 'أُلغيت هذه الفعالية: التسجيل مغلق.',
  blockedPast: 'انتهت هذه الفعالية: التسجيل مغلق.',
  blockedFull: (participants, maximum) =>
    `اكتمل عدد المشاركين في هذه الفعالية (الأماكن المحجوزة: ${number(participants)} من ${number(maximum)}).`,
  blockedFullNoCount: 'اكتمل عدد المشاركين في هذه الفعالية.',
  blockedInvite: 'المشاركة في هذه الفعالية بدعوة فقط. تواصل مع المنظِّمين للمشاركة.',
  notEnabled:
    'المشاركة دون حساب غير متاحة لهذه الفعالية. يمكنك المشاركة بحساب على Mobilizon أو على الفديفيرس:',
  remoteEvent: (host) => `هذه الفعالية مستضافة على ${host}: المشاركة دون حساب تتم هناك.`,
  seeEvent: (host) => `اعرض الفعالية على ${host}`,
  externalNote: 'يتم التسجيل في هذه الفعالية على موقع آخر.',
  externalButton: 'سجّل على موقع المنظِّمين',

  otherWays: 'طرق أخرى للمشاركة',
  accountHere: (host) => `لديّ حساب على ${host}`,
  accountElsewhere: 'لديّ حساب على مثيل آخر لـ Mobilizon أو على الفديفيرس',
  handle: 'عنوان حسابك',
  handleHint: 'مثال: camille@mobilizon.example',
  handleSubmit: 'تابع على مثيلي',
  handleBusy: 'جارٍ البحث عن مثيلك…',
  handleInvalid: 'أدخل عنوان حسابك بالشكل name@instance.example.',

  errorFull: (participants, maximum) =>
    `عذرًا، اكتمل العدد في هذه الأثناء (الأماكن المحجوزة: ${number(participants)} من ${number(maximum)}).`,
  errorFullNoCount: 'عذرًا، اكتمل عدد المشاركين في هذه الأثناء.',
  errorCancelled: 'عذرًا، أُلغيت هذه الفعالية في هذه الأثناء.',
  errorPast: 'عذرًا، انتهت هذه الفعالية.',
  errorNotEnabled: 'لم تعد هذه الفعالية تقبل المشاركة دون حساب. لا يزال بإمكانك المشاركة بحساب.',
  errorEmailValidationOff:
    'عطّل هذا المثيل التحقق عبر البريد الإلكتروني، لذا لا يمكنه قبول المشاركة دون حساب. شارك بحساب بدلًا من ذلك.',
  errorAlreadyRegistered:
    'هذا البريد الإلكتروني مسجّل مسبقًا في هذه الفعالية. ابحث عن رسالة التأكيد في بريدك الوارد.',
  errorInvalidEmail: 'لم يقبل المثيل هذا البريد الإلكتروني. تحقّق منه ثم أعد المحاولة.',
  errorNotFound: 'لم تعد هذه الفعالية موجودة على المثيل. ربما حُذفت.',
  errorNetwork: 'تعذّر الوصول إلى المثيل، فلم يُرسَل تسجيلك. تحقّق من اتصالك ثم أعد المحاولة.',
  errorTimeout:
    'استغرق المثيل وقتًا طويلًا للرد. ربما سُجّلت مشاركتك: تفقّد بريدك الوارد قبل إعادة المحاولة.',
  errorServer: 'ردّ المثيل بخطأ. بياناتك لا تزال هنا: أعد المحاولة لاحقًا.',
  errorRefused:
    'لم يقبل المثيل هذا التسجيل. إن كنت قد سجّلت بهذا البريد من قبل فتفقّد بريدك الوارد، وإلا فأعد المحاولة لاحقًا.',
  errorAlreadyCancelled: 'كانت هذه المشاركة ملغاة من قبل (ربما عبر الرابط في الرسالة).',
  errorCancelNetwork: 'تعذّر إلغاء مشاركتك: لا يمكن الوصول إلى المثيل. أعد المحاولة.',
  errorUnknownAccount: (handle) => `لم يُعثر على حساب ${handle}. تحقّق من العنوان.`,
  errorUnreachable: (host) => `تعذّر الوصول إلى ${host}. تحقّق من العنوان أو أعد المحاولة لاحقًا.`,
  errorServerAnswer: (host) => `ردّ ${host} بخطأ. أعد المحاولة لاحقًا.`,
  errorNoTemplate: (host) =>
    `لا يتيح ${host} المشاركة من موقع آخر. ابحث عن عنوان هذه الفعالية من حسابك بدلًا من ذلك:`,
  eventAddress: 'عنوان الفعالية',
};
