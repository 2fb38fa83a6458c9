/**
 * Deterministic seed data: groups and about a hundred events around "today" (UTC),
 * spread over the past month and the next six months.
 */
import type { SeedAddressInput, SeedEventInput } from './types.js';
import type { ActorRecord } from './model.js';
import { REMOTE_DOMAIN, makeAddress, makePicture } from './model.js';
import { createRandom, uuidFromKey } from './random.js';
import { DAY_MS, startOfUtcDay, zonedTime } from './time.js';

interface City {
  key: string;
  address: SeedAddressInput;
  timezone: string;
}

const CITIES = {
  paris: {
    key: 'paris',
    timezone: 'Europe/Paris',
    address: {
      description: 'La Base',
      street: '31 rue Bichat',
      locality: 'Paris',
      postalCode: '75010',
      region: 'Île-de-France',
      country: 'France',
      geom: '2.3656;48.8718',
      timezone: 'Europe/Paris',
    },
  },
  lyon: {
    key: 'lyon',
    timezone: 'Europe/Paris',
    address: {
      description: 'Maison des Associations',
      street: '28 rue Denfert-Rochereau',
      locality: 'Lyon',
      postalCode: '69004',
      region: 'Auvergne-Rhône-Alpes',
      country: 'France',
      geom: '4.8301;45.7743',
      timezone: 'Europe/Paris',
    },
  },
  grenoble: {
    key: 'grenoble',
    timezone: 'Europe/Paris',
    address: {
      description: 'Maison de la Nature',
      street: '5 place Bir-Hakeim',
      locality: 'Grenoble',
      postalCode: '38000',
      region: 'Auvergne-Rhône-Alpes',
      country: 'France',
      geom: '5.7316;45.1878',
      timezone: 'Europe/Paris',
    },
  },
  montreal: {
    key: 'montreal',
    timezone: 'America/Montreal',
    address: {
      description: 'Centre communautaire du Plateau',
      street: '4450 rue Saint-Denis',
      locality: 'Montréal',
      postalCode: 'H2J 2L1',
      region: 'Québec',
      country: 'Canada',
      geom: '-73.5843;45.5236',
      timezone: 'America/Montreal',
    },
  },
  tokyo: {
    key: 'tokyo',
    timezone: 'Asia/Tokyo',
    address: {
      description: 'Shibuya Makers Space',
      street: '1-2-3 Jinnan',
      locality: 'Tokyo',
      postalCode: '150-0041',
      region: 'Tokyo',
      country: 'Japan',
      geom: '139.6993;35.6640',
      timezone: 'Asia/Tokyo',
    },
  },
  berlin: {
    key: 'berlin',
    timezone: 'Europe/Berlin',
    address: {
      description: 'Prinzessinnengarten',
      street: 'Prinzenstraße 35',
      locality: 'Berlin',
      postalCode: '10969',
      region: 'Berlin',
      country: 'Deutschland',
      geom: '13.4105;52.4995',
      timezone: 'Europe/Berlin',
    },
  },
  tunis: {
    key: 'tunis',
    timezone: 'Africa/Tunis',
    address: {
      description: 'دار الثقافة ابن خلدون',
      street: '10 نهج ابن خلدون',
      locality: 'تونس',
      postalCode: '1000',
      region: 'Tunis',
      country: 'Tunisie',
      geom: '10.1815;36.8065',
      timezone: 'Africa/Tunis',
    },
  },
} satisfies Record<string, City>;

type CityKey = keyof typeof CITIES;

interface GroupSeed {
  handle: string;
  name: string;
  summary: string;
  city: CityKey;
  languages: Language[];
  remote?: boolean;
}

type Language = 'fr' | 'en' | 'de' | 'ar';

const GROUPS: GroupSeed[] = [
  {
    handle: 'climate-action',
    name: 'Climate Action Lyon',
    summary: '<p>Collectif lyonnais pour le climat : ateliers, marches et conférences.</p>',
    city: 'lyon',
    languages: ['fr', 'en'],
  },
  {
    handle: 'repair-cafe',
    name: 'Repair Café Montréal',
    summary: '<p>On répare ensemble, on jette moins. We fix things together.</p>',
    city: 'montreal',
    languages: ['fr', 'en'],
  },
  {
    handle: 'velo-libre',
    name: 'Vélo Libre Paris',
    summary: '<p>Ateliers vélo participatifs et balades à Paris.</p>',
    city: 'paris',
    languages: ['fr'],
  },
  {
    handle: 'tokyo-makers',
    name: 'Tokyo Makers',
    summary: '<p>Hardware hacking, electronics and open source meetups in Tokyo.</p>',
    city: 'tokyo',
    languages: ['en'],
  },
  {
    handle: 'kiezgarten',
    name: 'Kiezgarten Berlin',
    summary: '<p>Gemeinschaftsgarten in Kreuzberg: Pflanzen, Ernten, Feiern.</p>',
    city: 'berlin',
    languages: ['de', 'en'],
  },
  {
    handle: 'tunis-culture',
    name: 'نادي تونس الثقافي',
    summary: '<p>أمسيات أدبية وموسيقية في قلب تونس.</p>',
    city: 'tunis',
    languages: ['ar', 'fr'],
  },
  {
    handle: 'ateliers',
    name: 'Ateliers Partagés',
    summary: '<p>Un groupe hébergé sur une autre instance Mobilizon.</p>',
    city: 'grenoble',
    languages: ['fr'],
    remote: true,
  },
];

/** Handles, ids and uuids that tests and the demo can rely on. */
export const SEED = {
  anonymousActorId: '3',
  groups: {
    climateAction: 'climate-action',
    repairCafe: 'repair-cafe',
    veloLibre: 'velo-libre',
    tokyoMakers: 'tokyo-makers',
    kiezgarten: 'kiezgarten',
    tunisCulture: 'tunis-culture',
    /** Remote group: its events have `local: false`. */
    remote: `ateliers@${REMOTE_DOMAIN}`,
  },
  events: {
    /** Participants == maximumAttendeeCapacity (12/12), anonymous participation on. */
    full: uuidFromKey('seed:full'),
    /** 19 of 20 places taken, anonymous participation on. */
    nearlyFull: uuidFromKey('seed:nearly-full'),
    cancelled: uuidFromKey('seed:cancelled'),
    /** FREE, anonymous participation on, email confirmation required (role NOT_CONFIRMED). */
    anonymous: uuidFromKey('seed:anonymous'),
    /** FREE, anonymous participation on, no email confirmation (role PARTICIPANT). */
    anonymousNoConfirmation: uuidFromKey('seed:anonymous-no-confirmation'),
    /** RESTRICTED (approval), anonymous participation on. */
    restricted: uuidFromKey('seed:restricted'),
    /** Anonymous participation off. */
    anonymousDisabled: uuidFromKey('seed:anonymous-disabled'),
    /** EXTERNAL join option with an externalParticipationUrl on the dev instance. */
    external: uuidFromKey('seed:external'),
    /** INVITE join option. */
    invite: uuidFromKey('seed:invite'),
    /** Organized by the remote group; anonymous option on but joining fails (not local). */
    remote: uuidFromKey('seed:remote'),
    online: uuidFromKey('seed:online'),
    multiDay: uuidFromKey('seed:multi-day'),
    noEndTime: uuidFromKey('seed:no-end'),
    hiddenTimes: uuidFromKey('seed:hidden-times'),
    ongoing: uuidFromKey('seed:ongoing'),
    longTitle: uuidFromKey('seed:long-title'),
    arabic: uuidFromKey('seed:arabic'),
    tokyo: uuidFromKey('seed:tokyo'),
    /** Not listed anywhere, but `event(uuid)` returns it. */
    unlisted: uuidFromKey('seed:unlisted'),
    /** Never returned. */
    draft: uuidFromKey('seed:draft'),
    /** Its numeric id (98765) is far from the others. */
    bigId: uuidFromKey('seed:big-id'),
    past: uuidFromKey('seed:past'),
  },
  bigEventId: '98765',
  /** Accounts the instance answers WebFinger for (`acct:<name>@<host of the instance>`). */
  accounts: {
    /** A person: WebFinger gives the remote-interaction (`ostatus…/subscribe`) template. */
    person: 'camille',
    /** An account whose WebFinger answer has no subscribe template, as on servers without remote interaction. */
    withoutInteraction: 'announcements',
  },
} as const;

export interface SeedData {
  groups: ActorRecord[];
  persons: ActorRecord[];
  events: SeedEventInput[];
}

function avatar(id: string, handle: string) {
  return makePicture(id, {
    url: `/media/avatar-${handle}.png`,
    width: 256,
    height: 256,
    alt: null,
  });
}

export function seedActors(): { groups: ActorRecord[]; persons: ActorRecord[] } {
  const groups: ActorRecord[] = GROUPS.map((g, i) => {
    const local = !g.remote;
    const handle = local ? g.handle : `${g.handle}@${REMOTE_DOMAIN}`;
    return {
      kind: 'Group',
      id: String(10 + i),
      preferredUsername: g.handle,
      name: g.name,
      domain: local ? null : REMOTE_DOMAIN,
      summary: g.summary,
      avatar: avatar(`a${i}`, g.handle),
      banner: makePicture(`b${i}`, { url: `/media/banner-${g.handle}.png`, alt: null }),
      url: local ? `/@${handle}` : `https://${REMOTE_DOMAIN}/@${g.handle}`,
      physicalAddress: makeAddress(`ga${i}`, CITIES[g.city].address),
      membersCount: 5 + i * 7,
      followersCount: 12 + i * 11,
    };
  });
  const persons: ActorRecord[] = [
    {
      kind: 'Person',
      id: '1',
      preferredUsername: 'camille',
      name: 'Camille Martin',
      domain: null,
      summary: null,
      avatar: avatar('p1', 'camille'),
      banner: null,
      url: '/@camille',
      physicalAddress: null,
      membersCount: 0,
      followersCount: 3,
    },
    {
      kind: 'Person',
      id: SEED.anonymousActorId,
      preferredUsername: 'anonymous',
      name: null,
      domain: null,
      summary: null,
      avatar: null,
      banner: null,
      url: '/@anonymous',
      physicalAddress: null,
      membersCount: 0,
      followersCount: 0,
    },
  ];
  return { groups, persons };
}

interface Template {
  title: string;
  category: string;
  tags: string[];
  intro: string;
  items: string[];
}

const TEMPLATES: Record<Language, Template[]> = {
  fr: [
    {
      title: 'Atelier réparation de vélos',
      category: 'LEARNING',
      tags: ['vélo', 'réparation'],
      intro: 'Venez apprendre à entretenir votre vélo avec des bénévoles passionné·es.',
      items: ['Réglage des freins', 'Changement de chambre à air', 'Graissage de la chaîne'],
    },
    {
      title: 'Marche pour le climat',
      category: 'MOVEMENTS_POLITICS',
      tags: ['climat', 'marche'],
      intro: 'Une marche festive et pacifique pour demander des actes concrets.',
      items: ['Départ place Bellecour', 'Prises de parole', 'Pique-nique partagé'],
    },
    {
      title: 'Repair Café du quartier',
      category: 'CRAFTS',
      tags: ['réparation', 'zéro déchet'],
      intro: 'Apportez vos objets cassés : ensemble, on les répare !',
      items: ['Petit électroménager', 'Textile et couture', 'Informatique'],
    },
    {
      title: 'Conférence : sobriété numérique',
      category: 'SCIENCE_TECH',
      tags: ['numérique', 'conférence'],
      intro: 'Comment réduire l’empreinte de nos usages numériques au quotidien ?',
      items: ['Présentation', 'Questions-réponses', 'Verre de l’amitié'],
    },
    {
      title: 'Pique-nique zéro déchet',
      category: 'FOOD_DRINK',
      tags: ['zéro déchet', 'convivialité'],
      intro: 'Chacun·e apporte un plat fait maison, sans emballage jetable.',
      items: ['Couverts réutilisables', 'Boissons locales', 'Jeux pour enfants'],
    },
    {
      title: 'Balade à vélo au bord de l’eau',
      category: 'OUTDOORS_ADVENTURE',
      tags: ['vélo', 'balade'],
      intro: 'Une balade tranquille de 25 km, accessible à toutes et tous.',
      items: ['Rendez-vous 9 h 30', 'Pause café à mi-parcours', 'Retour vers 13 h'],
    },
  ],
  en: [
    {
      title: 'Open hardware meetup',
      category: 'SCIENCE_TECH',
      tags: ['hardware', 'open source'],
      intro: 'Show your projects, meet other makers and learn something new.',
      items: ['Lightning talks', 'Soldering corner', 'Snacks and drinks'],
    },
    {
      title: 'Community repair evening',
      category: 'CRAFTS',
      tags: ['repair', 'community'],
      intro: 'Bring your broken things and fix them with our volunteers.',
      items: ['Electronics', 'Bikes', 'Clothes'],
    },
    {
      title: 'Climate film screening',
      category: 'FILM_MEDIA',
      tags: ['climate', 'film'],
      intro: 'A documentary screening followed by a discussion.',
      items: ['Doors open at 6:30 pm', 'Screening', 'Discussion'],
    },
    {
      title: 'Beginner coding workshop',
      category: 'LEARNING',
      tags: ['coding', 'workshop'],
      intro: 'Your very first steps in programming, no experience needed.',
      items: ['Bring a laptop', 'Python basics', 'Small project'],
    },
    {
      title: 'Community garden work day',
      category: 'OUTDOORS_ADVENTURE',
      tags: ['garden', 'community'],
      intro: 'Help us prepare the beds for the new season.',
      items: ['Gloves provided', 'Lunch together', 'Seed swap'],
    },
  ],
  de: [
    {
      title: 'Gemeinsames Gärtnern im Kiez',
      category: 'OUTDOORS_ADVENTURE',
      tags: ['Garten', 'Nachbarschaft'],
      intro: 'Wir pflanzen, gießen und ernten gemeinsam – alle sind willkommen.',
      items: ['Werkzeug ist vorhanden', 'Gemeinsames Mittagessen', 'Saatguttausch'],
    },
    {
      title: 'Reparatur-Café Kreuzberg',
      category: 'CRAFTS',
      tags: ['Reparatur', 'Nachhaltigkeit'],
      intro: 'Bringt eure kaputten Geräte mit, wir reparieren sie zusammen.',
      items: ['Elektronik', 'Fahrräder', 'Textilien'],
    },
    {
      title: 'Vortrag: Stadt der Zukunft',
      category: 'MOVEMENTS_POLITICS',
      tags: ['Stadt', 'Klima'],
      intro: 'Wie sieht eine klimafreundliche Stadt aus? Ein Abend mit Diskussion.',
      items: ['Vortrag', 'Diskussion', 'Getränke'],
    },
  ],
  ar: [
    {
      title: 'أمسية شعرية',
      category: 'ARTS',
      tags: ['شعر', 'ثقافة'],
      intro: 'أمسية لقراءة الشعر العربي المعاصر مع شعراء شباب.',
      items: ['قراءات شعرية', 'نقاش مفتوح', 'شاي وحلويات'],
    },
    {
      title: 'ورشة الخط العربي',
      category: 'ARTS',
      tags: ['خط', 'ورشة'],
      intro: 'تعلّم أساسيات الخط العربي مع خطاط محترف.',
      items: ['الأدوات متوفرة', 'خط النسخ', 'خط الرقعة'],
    },
    {
      title: 'حفل موسيقى المالوف',
      category: 'MUSIC',
      tags: ['موسيقى', 'مالوف'],
      intro: 'سهرة موسيقية مع فرقة المالوف التونسية.',
      items: ['الدخول مجاني', 'عدد المقاعد محدود'],
    },
  ],
};

function description(
  template: Template,
  pictureUrl: string | null,
  groupHandle: string | null,
): string {
  const list = template.items.map((item) => `<li>${item}</li>`).join('');
  const link = groupHandle ? `<p><a href="{{base}}/@${groupHandle}">${groupHandle}</a></p>` : '';
  const img = pictureUrl ? `<p><img src="{{base}}${pictureUrl}" alt=""></p>` : '';
  return `<p>${template.intro} <strong>${template.title}</strong>.</p><ul>${list}</ul>${img}${link}`;
}

const ACCESSIBILITY_CHOICES = ['fully', 'partially', 'no'] as const;

function accessibility(n: number): SeedEventInput['metadata'] {
  return [
    {
      key: 'mz:accessibility:wheelchairAccessible',
      value: ACCESSIBILITY_CHOICES[n % 3]!,
      type: 'STRING',
    },
    { key: 'mz:accessibility:smokeFree', value: n % 2 === 0 ? 'true' : 'false', type: 'BOOLEAN' },
    {
      key: 'mz:accessibility:live:subtitle',
      value: n % 4 === 0 ? 'true' : 'false',
      type: 'BOOLEAN',
    },
    {
      key: 'mz:accessibility:live:sign_language',
      value: n % 5 === 0 ? 'true' : 'false',
      type: 'BOOLEAN',
    },
  ];
}

/** Local wall-clock time `hour:minute` in the zone, `dayOffset` days after `today` (UTC). */
function at(today: Date, dayOffset: number, hour: number, minute: number, timeZone: string): Date {
  const d = new Date(today.getTime() + dayOffset * DAY_MS);
  return zonedTime(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour, minute, timeZone);
}

function groupCity(handle: string): City {
  const g = GROUPS.find((x) => x.handle === handle.split('@')[0])!;
  return CITIES[g.city];
}

/** Hand-written events behind the SEED uuids. */
function wellKnownEvents(today: Date): SeedEventInput[] {
  const lyon = CITIES.lyon;
  const paris = CITIES.paris;
  const base = (
    key: string,
    tpl: Template,
    lang: Language,
    group: string,
  ): Partial<SeedEventInput> => ({
    description: description(tpl, `/media/${key}.png`, group),
    picture: { url: `/media/${key}.png`, alt: tpl.title, width: 1200, height: 675 },
    tags: tpl.tags,
    category: tpl.category,
    language: lang,
    group,
  });
  const fr = TEMPLATES.fr;
  const en = TEMPLATES.en;
  return [
    {
      ...base('full', fr[0]!, 'fr', 'velo-libre'),
      uuid: SEED.events.full,
      title: 'Atelier réparation de vélos (complet)',
      beginsOn: at(today, 5, 18, 30, paris.timezone),
      endsOn: at(today, 5, 21, 0, paris.timezone),
      timezone: paris.timezone,
      address: paris.address,
      options: { maximumAttendeeCapacity: 12, anonymousParticipation: true },
      participants: 12,
      metadata: accessibility(0),
    },
    {
      ...base('nearly-full', fr[2]!, 'fr', 'climate-action'),
      uuid: SEED.events.nearlyFull,
      title: 'Repair Café : plus qu’une place !',
      beginsOn: at(today, 6, 14, 0, lyon.timezone),
      endsOn: at(today, 6, 18, 0, lyon.timezone),
      timezone: lyon.timezone,
      address: lyon.address,
      options: {
        maximumAttendeeCapacity: 20,
        anonymousParticipation: true,
        showRemainingAttendeeCapacity: true,
      },
      participants: 19,
    },
    {
      ...base('cancelled', fr[1]!, 'fr', 'climate-action'),
      uuid: SEED.events.cancelled,
      title: 'Marche pour le climat (annulée)',
      status: 'CANCELLED',
      beginsOn: at(today, 8, 10, 0, lyon.timezone),
      endsOn: at(today, 8, 13, 0, lyon.timezone),
      timezone: lyon.timezone,
      address: lyon.address,
    },
    {
      ...base('anonymous', fr[4]!, 'fr', 'climate-action'),
      uuid: SEED.events.anonymous,
      title: 'Pique-nique zéro déchet au parc de la Tête d’Or',
      beginsOn: at(today, 3, 12, 0, lyon.timezone),
      endsOn: at(today, 3, 15, 0, lyon.timezone),
      timezone: lyon.timezone,
      address: { ...lyon.address, description: 'Parc de la Tête d’Or', geom: '4.8520;45.7772' },
      options: { maximumAttendeeCapacity: 50, anonymousParticipation: true },
      participants: 8,
      metadata: accessibility(1),
    },
    {
      ...base('anonymous-no-confirmation', en[1]!, 'en', 'repair-cafe'),
      uuid: SEED.events.anonymousNoConfirmation,
      title: 'Repair evening – drop in, no sign-up confirmation',
      beginsOn: at(today, 4, 18, 0, CITIES.montreal.timezone),
      endsOn: at(today, 4, 21, 0, CITIES.montreal.timezone),
      timezone: CITIES.montreal.timezone,
      address: CITIES.montreal.address,
      options: { maximumAttendeeCapacity: 30, anonymousParticipation: true },
      participants: 4,
      emailConfirmationRequired: false,
    },
    {
      ...base('restricted', fr[3]!, 'fr', 'climate-action'),
      uuid: SEED.events.restricted,
      title: 'Conférence : sobriété numérique (sur validation)',
      joinOptions: 'RESTRICTED',
      beginsOn: at(today, 10, 19, 0, lyon.timezone),
      endsOn: at(today, 10, 21, 0, lyon.timezone),
      timezone: lyon.timezone,
      address: lyon.address,
      options: { maximumAttendeeCapacity: 80, anonymousParticipation: true },
      participants: 31,
    },
    {
      ...base('anonymous-disabled', fr[5]!, 'fr', 'velo-libre'),
      uuid: SEED.events.anonymousDisabled,
      title: 'Balade à vélo au bord du canal',
      beginsOn: at(today, 9, 9, 30, paris.timezone),
      endsOn: at(today, 9, 13, 0, paris.timezone),
      timezone: paris.timezone,
      address: { ...paris.address, description: 'Bassin de la Villette', geom: '2.3730;48.8842' },
      options: { anonymousParticipation: false },
      participants: 14,
    },
    {
      ...base('external', en[2]!, 'en', 'repair-cafe'),
      uuid: SEED.events.external,
      title: 'Climate film screening (register on our ticketing site)',
      joinOptions: 'EXTERNAL',
      externalParticipationUrl: `/external/register/${SEED.events.external}`,
      beginsOn: at(today, 12, 18, 30, CITIES.montreal.timezone),
      endsOn: at(today, 12, 21, 0, CITIES.montreal.timezone),
      timezone: CITIES.montreal.timezone,
      address: CITIES.montreal.address,
    },
    {
      ...base('invite', en[0]!, 'en', 'tokyo-makers'),
      uuid: SEED.events.invite,
      title: 'Core contributors dinner (invitation only)',
      joinOptions: 'INVITE',
      beginsOn: at(today, 15, 19, 0, CITIES.tokyo.timezone),
      endsOn: at(today, 15, 22, 0, CITIES.tokyo.timezone),
      timezone: CITIES.tokyo.timezone,
      address: CITIES.tokyo.address,
      options: { maximumAttendeeCapacity: 10 },
      participants: 6,
    },
    {
      ...base('remote', fr[2]!, 'fr', SEED.groups.remote),
      uuid: SEED.events.remote,
      title: 'Atelier couture partagé (instance distante)',
      beginsOn: at(today, 7, 14, 0, 'Europe/Paris'),
      endsOn: at(today, 7, 17, 0, 'Europe/Paris'),
      timezone: 'Europe/Paris',
      address: CITIES.grenoble.address,
      options: { anonymousParticipation: true, maximumAttendeeCapacity: 15 },
      participants: 3,
    },
    {
      ...base('online', en[3]!, 'en', 'tokyo-makers'),
      uuid: SEED.events.online,
      title: 'Online: beginner coding workshop',
      beginsOn: at(today, 2, 10, 0, 'Europe/Paris'),
      endsOn: at(today, 2, 12, 0, 'Europe/Paris'),
      timezone: 'Europe/Paris',
      address: null,
      onlineAddress: `{{base}}/online/beginner-coding`,
      options: { isOnline: true, anonymousParticipation: true },
      participants: 42,
      metadata: [
        { key: 'mz:accessibility:live:subtitle', value: 'true', type: 'BOOLEAN' },
        { key: 'mz:accessibility:live:sign_language', value: 'false', type: 'BOOLEAN' },
      ],
    },
    {
      ...base('multi-day', TEMPLATES.de[0]!, 'de', 'kiezgarten'),
      uuid: SEED.events.multiDay,
      title: 'Gartenfestival: drei Tage im Kiez',
      beginsOn: at(today, 20, 10, 0, CITIES.berlin.timezone),
      endsOn: at(today, 22, 18, 0, CITIES.berlin.timezone),
      timezone: CITIES.berlin.timezone,
      address: CITIES.berlin.address,
      metadata: accessibility(2),
    },
    {
      ...base('no-end', fr[1]!, 'fr', 'climate-action'),
      uuid: SEED.events.noEndTime,
      title: 'Rassemblement devant la mairie',
      beginsOn: at(today, 11, 18, 0, lyon.timezone),
      endsOn: null,
      timezone: lyon.timezone,
      address: { ...lyon.address, description: 'Hôtel de Ville', geom: '4.8357;45.7675' },
    },
    {
      ...base('hidden-times', fr[4]!, 'fr', 'velo-libre'),
      uuid: SEED.events.hiddenTimes,
      title: 'Fête de quartier (horaires à confirmer)',
      status: 'TENTATIVE',
      beginsOn: at(today, 16, 0, 0, paris.timezone),
      endsOn: at(today, 16, 23, 59, paris.timezone),
      timezone: paris.timezone,
      address: paris.address,
      options: { showStartTime: false, showEndTime: false },
    },
    {
      ...base('ongoing', TEMPLATES.de[1]!, 'de', 'kiezgarten'),
      uuid: SEED.events.ongoing,
      title: 'Ausstellung: Reparieren statt Wegwerfen',
      beginsOn: at(today, -1, 10, 0, CITIES.berlin.timezone),
      endsOn: at(today, 2, 18, 0, CITIES.berlin.timezone),
      timezone: CITIES.berlin.timezone,
      address: CITIES.berlin.address,
    },
    {
      ...base('long-title', fr[3]!, 'fr', 'climate-action'),
      uuid: SEED.events.longTitle,
      title:
        'Grande journée d’échanges, de conférences et d’ateliers pratiques sur la transition écologique, la sobriété énergétique et la résilience alimentaire des quartiers lyonnais',
      beginsOn: at(today, 24, 9, 0, lyon.timezone),
      endsOn: at(today, 24, 18, 0, lyon.timezone),
      timezone: lyon.timezone,
      address: lyon.address,
      options: { maximumAttendeeCapacity: 200, anonymousParticipation: true },
      participants: 57,
    },
    {
      ...base('arabic', TEMPLATES.ar[0]!, 'ar', 'tunis-culture'),
      uuid: SEED.events.arabic,
      title: 'أمسية شعرية في المدينة العتيقة',
      beginsOn: at(today, 13, 19, 0, CITIES.tunis.timezone),
      endsOn: at(today, 13, 22, 0, CITIES.tunis.timezone),
      timezone: CITIES.tunis.timezone,
      address: CITIES.tunis.address,
      options: { anonymousParticipation: true },
    },
    {
      ...base('tokyo', en[0]!, 'en', 'tokyo-makers'),
      uuid: SEED.events.tokyo,
      title: 'Open hardware meetup #42',
      beginsOn: at(today, 6, 19, 0, CITIES.tokyo.timezone),
      endsOn: at(today, 6, 21, 30, CITIES.tokyo.timezone),
      timezone: CITIES.tokyo.timezone,
      address: CITIES.tokyo.address,
      options: { maximumAttendeeCapacity: 40 },
      participants: 23,
    },
    {
      ...base('unlisted', fr[0]!, 'fr', 'velo-libre'),
      uuid: SEED.events.unlisted,
      title: 'Réunion d’organisation (non listée)',
      visibility: 'UNLISTED',
      beginsOn: at(today, 4, 19, 0, paris.timezone),
      timezone: paris.timezone,
      address: paris.address,
    },
    {
      ...base('draft', fr[0]!, 'fr', 'velo-libre'),
      uuid: SEED.events.draft,
      title: 'Brouillon : atelier à programmer',
      draft: true,
      beginsOn: at(today, 5, 19, 0, paris.timezone),
      timezone: paris.timezone,
      address: paris.address,
    },
    {
      ...base('big-id', en[4]!, 'en', 'kiezgarten'),
      uuid: SEED.events.bigId,
      id: SEED.bigEventId,
      title: 'Community garden work day',
      beginsOn: at(today, 18, 10, 0, CITIES.berlin.timezone),
      endsOn: at(today, 18, 16, 0, CITIES.berlin.timezone),
      timezone: CITIES.berlin.timezone,
      address: CITIES.berlin.address,
      options: { anonymousParticipation: true },
    },
    {
      ...base('past', fr[2]!, 'fr', 'climate-action'),
      uuid: SEED.events.past,
      title: 'Repair Café de la rentrée',
      beginsOn: at(today, -10, 14, 0, lyon.timezone),
      endsOn: at(today, -10, 18, 0, lyon.timezone),
      timezone: lyon.timezone,
      address: lyon.address,
      participants: 25,
    },
  ];
}

/** About 85 generated events, every couple of days from 30 days ago to 180 days ahead. */
function generatedEvents(today: Date): SeedEventInput[] {
  const random = createRandom(20240601);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const events: SeedEventInput[] = [];
  const count = 85;
  for (let i = 0; i < count; i++) {
    const dayOffset = -30 + Math.floor((i * 210) / count);
    const g = GROUPS[i % GROUPS.length]!;
    const handle = g.remote ? `${g.handle}@${REMOTE_DOMAIN}` : g.handle;
    const lang = pick(g.languages);
    const tpl = pick(TEMPLATES[lang]);
    const city = groupCity(handle);
    const online = i % 10 === 7;
    const hour = 9 + Math.floor(random() * 11);
    const minute = pick([0, 0, 15, 30, 30, 45]);
    const beginsOn = at(today, dayOffset, hour, minute, city.timezone);
    const durationH = 1 + Math.floor(random() * 4);
    let endsOn: Date | null = new Date(beginsOn.getTime() + durationH * 3600_000);
    if (i % 9 === 4) endsOn = null;
    if (i % 13 === 6) endsOn = at(today, dayOffset + 2, 17, 0, city.timezone);
    const withPicture = i % 3 !== 2;
    const pictureUrl = withPicture ? `/media/event-${i}.png` : null;
    const capacity = i % 4 === 1 ? 10 + Math.floor(random() * 60) : null;
    const participants = capacity
      ? Math.min(capacity, Math.floor(random() * capacity * 1.2))
      : Math.floor(random() * 30);
    const status = i % 17 === 3 ? 'CANCELLED' : i % 11 === 5 ? 'TENTATIVE' : 'CONFIRMED';
    const joinOptions = i % 19 === 7 ? 'RESTRICTED' : i % 23 === 9 ? 'INVITE' : 'FREE';
    events.push({
      uuid: uuidFromKey(`generated:${i}`),
      title: `${tpl.title}${i % 5 === 0 ? '' : ` #${i + 1}`}`,
      description: description(tpl, pictureUrl, g.remote ? null : handle),
      beginsOn,
      endsOn,
      timezone: online ? 'Europe/Paris' : city.timezone,
      group: handle,
      address: online ? null : city.address,
      onlineAddress: online ? `{{base}}/online/room-${i}` : null,
      picture: pictureUrl ? { url: pictureUrl, alt: tpl.title, width: 1200, height: 675 } : null,
      tags: tpl.tags,
      category: tpl.category,
      language: lang,
      status,
      joinOptions,
      visibility: i % 23 === 11 ? 'UNLISTED' : 'PUBLIC',
      draft: i % 29 === 13,
      options: {
        maximumAttendeeCapacity: capacity,
        anonymousParticipation: i % 2 === 0,
        isOnline: online,
        showStartTime: i % 31 !== 8,
        showEndTime: i % 31 !== 8,
        hideNumberOfParticipants: i % 21 === 10,
      },
      metadata: i % 3 === 0 ? accessibility(i) : [],
      participants,
      insertedAt: new Date(today.getTime() + (dayOffset - 25) * DAY_MS),
    });
  }
  return events;
}

export function seedEvents(now: Date): SeedEventInput[] {
  const today = startOfUtcDay(now);
  return [...wellKnownEvents(today), ...generatedEvents(today)];
}
