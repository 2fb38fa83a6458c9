/** The few server messages a widget can see, in Mobilizon's English and French wording. */
export type Locale = 'en' | 'fr';

const FR: Record<string, string> = {
  'Event not found': 'Événement non trouvé',
  'Group not found': 'Groupe non trouvé',
  'The event has already reached its maximum capacity':
    "L'événement a déjà atteint sa capacité maximale",
  'Anonymous participation is not enabled': "La participation anonyme n'est pas activée",
  'Profile ID provided is not the anonymous profile one':
    "L'ID du profil fourni n'est pas celui du profil anonyme",
  'A valid email is required by your instance':
    'Une adresse e-mail valide est requise par votre instance',
  'You are already a participant of this event':
    'Vous êtes déjà un·e participant·e à cet événement',
  "Event with this ID %{id} doesn't exist": "L'événement avec cet ID %{id} n'existe pas",
  'Participant not found': 'Participant·e non trouvé·e',
  'The anonymous actor ID is invalid': "L'ID de l'acteur anonyme est invalide",
  'This token is invalid': 'Ce jeton est invalide',
  'Participation is already confirmed': 'La participation est déjà confirmée',
  'Participation is confirmed but not approved yet by an organizer':
    "La participation est confirmée mais n'a pas encore été approuvée par un·e organisateur·ice.",
  'You need to be logged-in to leave an event': 'Vous devez être connecté·e pour quitter un groupe',
  'Timezone ID %{timezone} is invalid': "L'ID de fuseau horaire %{timezone} est invalide",
  'Something went wrong': "Quelque chose s'est mal passé",
};

export function translate(
  locale: Locale,
  msgid: string,
  bindings: Record<string, string> = {},
): string {
  const template = locale === 'fr' ? (FR[msgid] ?? msgid) : msgid;
  return template.replace(/%\{(\w+)\}/g, (_, key: string) => bindings[key] ?? '');
}

/** Like Mobilizon's SetLocalePlug, reduced to the two languages we carry. */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('fr')) return 'fr';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

export const CATEGORIES: { id: string; en: string; fr: string }[] = [
  { id: 'ARTS', en: 'Arts', fr: 'Arts' },
  { id: 'BOOK_CLUBS', en: 'Book clubs', fr: 'Clubs de lecture' },
  { id: 'BUSINESS', en: 'Business', fr: 'Entreprises' },
  { id: 'CAUSES', en: 'Causes', fr: 'Causes' },
  { id: 'COMEDY', en: 'Comedy', fr: 'Comédie' },
  { id: 'CRAFTS', en: 'Crafts', fr: 'Artisanat' },
  { id: 'FOOD_DRINK', en: 'Food & Drink', fr: 'Alimentation et boissons' },
  { id: 'HEALTH', en: 'Health', fr: 'Santé' },
  { id: 'MUSIC', en: 'Music', fr: 'Musique' },
  { id: 'AUTO_BOAT_AIR', en: 'Auto, boat and air', fr: 'Automobile, bateaux et aéronautique' },
  { id: 'COMMUNITY', en: 'Community', fr: 'Communauté' },
  { id: 'FAMILY_EDUCATION', en: 'Family & Education', fr: 'Famille et éducation' },
  { id: 'FASHION_BEAUTY', en: 'Fashion & Beauty', fr: 'Mode et beauté' },
  { id: 'FILM_MEDIA', en: 'Film & Media', fr: 'Films et médias' },
  { id: 'GAMES', en: 'Games', fr: 'Jeux' },
  { id: 'LANGUAGE_CULTURE', en: 'Language & Culture', fr: 'Langue et Culture' },
  { id: 'LEARNING', en: 'Learning', fr: 'Apprentissage' },
  { id: 'LGBTQ', en: 'LGBTQ', fr: 'LGBTQ' },
  { id: 'MOVEMENTS_POLITICS', en: 'Movements and politics', fr: 'Politique et organisations' },
  { id: 'NETWORKING', en: 'Networking', fr: 'Réseautage' },
  { id: 'PARTY', en: 'Party', fr: 'Fête' },
  {
    id: 'PERFORMING_VISUAL_ARTS',
    en: 'Performing & Visual Arts',
    fr: 'Arts du spectacle et arts visuels',
  },
  { id: 'PETS', en: 'Pets', fr: 'Animaux domestiques' },
  { id: 'PHOTOGRAPHY', en: 'Photography', fr: 'Photographie' },
  { id: 'OUTDOORS_ADVENTURE', en: 'Outdoors & Adventure', fr: 'Plein air et aventure' },
  {
    id: 'SPIRITUALITY_RELIGION_BELIEFS',
    en: 'Spirituality, Religion & Beliefs',
    fr: 'Spiritualité, religion et croyances',
  },
  { id: 'SCIENCE_TECH', en: 'Science & Tech', fr: 'Science et technologie' },
  { id: 'SPORTS', en: 'Sports', fr: 'Sports' },
  { id: 'THEATRE', en: 'Theatre', fr: 'Théâtre' },
  { id: 'MEETING', en: 'Meeting', fr: 'Rencontre' },
];
