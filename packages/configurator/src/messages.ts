/** The configurator's text, in English and French. */
import type { View } from './config.js';

export interface Messages {
  locale: string;
  title: string;
  intro: string;
  uiLanguage: string;
  stepInstance: string;
  instanceLabel: string;
  instanceHelp: string;
  connect: string;
  connecting: string;
  connected: (name: string, version: string) => string;
  invalidInstance: string;
  unreachable: string;
  notMobilizon: string;
  stepGroups: string;
  groupsHelp: string;
  findGroup: string;
  noGroupFound: string;
  noGroupsYet: string;
  addGroupLabel: string;
  addGroupHelp: string;
  addGroup: string;
  checkingGroup: string;
  unknownGroup: (handle: string) => string;
  groupAdded: (handle: string) => string;
  groupCheckFailed: string;
  stepView: string;
  views: Record<View, string>;
  eventLabel: string;
  eventHelp: string;
  noEvents: string;
  stepFilters: string;
  limit: string;
  search: string;
  tags: string;
  tagsHelp: string;
  category: string;
  anyCategory: string;
  type: string;
  anyType: string;
  online: string;
  inPerson: string;
  from: string;
  to: string;
  withoutImages: string;
  stepLook: string;
  language: string;
  pageLanguage: string;
  theme: string;
  themes: { '': string; light: string; dark: string; auto: string };
  colors: Record<
    | '--kiosque-color-accent'
    | '--kiosque-color-text'
    | '--kiosque-color-background'
    | '--kiosque-color-surface',
    string
  >;
  customColor: (what: string) => string;
  resetColors: string;
  preview: string;
  previewEmpty: string;
  snippets: string;
  snippetsEmpty: string;
  hosts: { html: string; wordpress: string; eleventy: string; hugo: string; astro: string };
  snippetHelp: {
    html: string;
    wordpressBlock: string;
    wordpressShortcode: string;
    eleventyConfig: string;
    eleventyNunjucks: string;
    eleventyLiquid: string;
    hugo: string;
    astro: string;
    css: string;
  };
  copy: string;
  copied: string;
  copyFailed: string;
}

const en: Messages = {
  locale: 'en',
  title: 'Put your Mobilizon events on your website',
  intro:
    'Choose what to show and how it looks, check the preview, then copy the code for your site.',
  uiLanguage: 'Language of this page',
  stepInstance: 'Your Mobilizon instance',
  instanceLabel: 'Address of the instance',
  instanceHelp: 'The address of the Mobilizon site where your events are, like mobilizon.fr',
  connect: 'Check',
  connecting: 'Checking the instance…',
  connected: (name, version) => `Found: ${name} (Mobilizon ${version}).`,
  invalidInstance:
    'This is not the address of an instance. Type only the address, like mobilizon.fr',
  unreachable: 'This instance could not be reached. Check the address, or try again in a moment.',
  notMobilizon: 'This address does not answer like a Mobilizon instance. Check the address.',
  stepGroups: 'Groups',
  groupsHelp:
    'Pick the groups whose events to show. Pick none to show every upcoming event of the instance.',
  findGroup: 'Find a group',
  noGroupFound: 'No group matches.',
  noGroupsYet: 'No group with upcoming events yet. Add one by its name below.',
  addGroupLabel: 'Add a group by its name',
  addGroupHelp: 'The end of the group’s address: climate-action, or name@other.instance',
  addGroup: 'Add',
  checkingGroup: 'Checking the group…',
  unknownGroup: (handle) => `Unknown group: “${handle}” does not exist on this instance.`,
  groupAdded: (handle) => `Group “${handle}” added.`,
  groupCheckFailed: 'The group could not be checked. Try again in a moment.',
  stepView: 'How to show the events',
  views: {
    list: 'List',
    grid: 'Cards',
    compact: 'Compact list',
    calendar: 'Calendar',
    map: 'Map',
    event: 'One event',
    rsvp: 'Participation form',
  },
  eventLabel: 'Event',
  eventHelp: 'The event to show.',
  noEvents: 'This instance has no upcoming event to choose.',
  stepFilters: 'Which events',
  limit: 'How many events',
  search: 'Only events mentioning',
  tags: 'Tags',
  tagsHelp: 'Separated by commas. Events with any of them.',
  category: 'Category',
  anyCategory: 'Any category',
  type: 'Where',
  anyType: 'Online and in person',
  online: 'Online only',
  inPerson: 'In person only',
  from: 'From',
  to: 'Until',
  withoutImages: 'Hide pictures',
  stepLook: 'Look',
  language: 'Language of the events',
  pageLanguage: 'Same as the page',
  theme: 'Colour scheme',
  themes: { '': 'Default (light)', light: 'Light', dark: 'Dark', auto: 'Follow the visitor' },
  colors: {
    '--kiosque-color-accent': 'Accent (links, highlights)',
    '--kiosque-color-text': 'Text',
    '--kiosque-color-background': 'Background',
    '--kiosque-color-surface': 'Event background',
  },
  customColor: (what) => `Choose my own colour: ${what}`,
  resetColors: 'Back to default colours',
  preview: 'Preview',
  previewEmpty: 'Check an instance address to see the preview.',
  snippets: 'Code for your site',
  snippetsEmpty: 'The code appears here once the instance is checked.',
  hosts: {
    html: 'Any website (HTML)',
    wordpress: 'WordPress',
    eleventy: 'Eleventy',
    hugo: 'Hugo',
    astro: 'Astro',
  },
  snippetHelp: {
    html: 'Paste where the events should appear, in an HTML block or your page template.',
    wordpressBlock:
      'With the Kiosque plugin: in the block editor, open the Code editor and paste this block.',
    wordpressShortcode: 'Or paste this shortcode in a Shortcode block, a classic post or a widget.',
    eleventyConfig: 'Once, in your Eleventy configuration (npm install @kiosque/eleventy):',
    eleventyNunjucks: 'In a Nunjucks template (.njk):',
    eleventyLiquid: 'In Markdown or a Liquid template:',
    hugo: 'With the kiosque-hugo theme component, in any page:',
    astro: 'In an .astro page (npm install @kiosque/astro):',
    css: 'Your colours: add this to your site’s stylesheet (in WordPress: Appearance → Customize → Additional CSS).',
  },
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Could not copy: select the code and copy it by hand.',
};

const fr: Messages = {
  locale: 'fr',
  title: 'Mettez vos événements Mobilizon sur votre site',
  intro:
    'Choisissez ce qui s’affiche et son apparence, vérifiez l’aperçu, puis copiez le code pour votre site.',
  uiLanguage: 'Langue de cette page',
  stepInstance: 'Votre instance Mobilizon',
  instanceLabel: 'Adresse de l’instance',
  instanceHelp: 'L’adresse du site Mobilizon où sont vos événements, par exemple mobilizon.fr',
  connect: 'Vérifier',
  connecting: 'Vérification de l’instance…',
  connected: (name, version) => `Trouvée : ${name} (Mobilizon ${version}).`,
  invalidInstance:
    'Ce n’est pas l’adresse d’une instance. Tapez seulement l’adresse, par exemple mobilizon.fr',
  unreachable:
    'Impossible de joindre cette instance. Vérifiez l’adresse, ou réessayez dans un moment.',
  notMobilizon: 'Cette adresse ne répond pas comme une instance Mobilizon. Vérifiez l’adresse.',
  stepGroups: 'Groupes',
  groupsHelp:
    'Choisissez les groupes dont afficher les événements. Sans groupe, tous les événements à venir de l’instance s’affichent.',
  findGroup: 'Chercher un groupe',
  noGroupFound: 'Aucun groupe ne correspond.',
  noGroupsYet: 'Aucun groupe avec des événements à venir. Ajoutez-en un par son nom ci-dessous.',
  addGroupLabel: 'Ajouter un groupe par son nom',
  addGroupHelp: 'La fin de l’adresse du groupe : climate-action, ou nom@autre.instance',
  addGroup: 'Ajouter',
  checkingGroup: 'Vérification du groupe…',
  unknownGroup: (handle) => `Groupe inconnu : « ${handle} » n’existe pas sur cette instance.`,
  groupAdded: (handle) => `Groupe « ${handle} » ajouté.`,
  groupCheckFailed: 'Impossible de vérifier le groupe. Réessayez dans un moment.',
  stepView: 'Comment afficher les événements',
  views: {
    list: 'Liste',
    grid: 'Cartes',
    compact: 'Liste compacte',
    calendar: 'Calendrier',
    map: 'Carte',
    event: 'Un événement',
    rsvp: 'Formulaire de participation',
  },
  eventLabel: 'Événement',
  eventHelp: 'L’événement à afficher.',
  noEvents: 'Cette instance n’a aucun événement à venir à choisir.',
  stepFilters: 'Quels événements',
  limit: 'Combien d’événements',
  search: 'Seulement les événements qui parlent de',
  tags: 'Étiquettes',
  tagsHelp: 'Séparées par des virgules. Les événements qui en ont au moins une.',
  category: 'Catégorie',
  anyCategory: 'Toutes les catégories',
  type: 'Où',
  anyType: 'En ligne et sur place',
  online: 'En ligne seulement',
  inPerson: 'Sur place seulement',
  from: 'À partir du',
  to: 'Jusqu’au',
  withoutImages: 'Masquer les images',
  stepLook: 'Apparence',
  language: 'Langue des événements',
  pageLanguage: 'Celle de la page',
  theme: 'Thème de couleurs',
  themes: { '': 'Par défaut (clair)', light: 'Clair', dark: 'Sombre', auto: 'Celui du visiteur' },
  colors: {
    '--kiosque-color-accent': 'Accent (liens, mises en avant)',
    '--kiosque-color-text': 'Texte',
    '--kiosque-color-background': 'Fond',
    '--kiosque-color-surface': 'Fond des événements',
  },
  customColor: (what) => `Choisir ma couleur : ${what}`,
  resetColors: 'Revenir aux couleurs par défaut',
  preview: 'Aperçu',
  previewEmpty: 'Vérifiez une adresse d’instance pour voir l’aperçu.',
  snippets: 'Code pour votre site',
  snippetsEmpty: 'Le code apparaît ici une fois l’instance vérifiée.',
  hosts: {
    html: 'Tout site (HTML)',
    wordpress: 'WordPress',
    eleventy: 'Eleventy',
    hugo: 'Hugo',
    astro: 'Astro',
  },
  snippetHelp: {
    html: 'Collez-le là où les événements doivent apparaître, dans un bloc HTML ou le modèle de la page.',
    wordpressBlock:
      'Avec l’extension Kiosque : dans l’éditeur de blocs, ouvrez l’éditeur de code et collez ce bloc.',
    wordpressShortcode:
      'Ou collez ce code court dans un bloc Code court, un article classique ou un widget.',
    eleventyConfig: 'Une fois, dans votre configuration Eleventy (npm install @kiosque/eleventy) :',
    eleventyNunjucks: 'Dans un modèle Nunjucks (.njk) :',
    eleventyLiquid: 'En Markdown ou dans un modèle Liquid :',
    hugo: 'Avec le composant de thème kiosque-hugo, dans n’importe quelle page :',
    astro: 'Dans une page .astro (npm install @kiosque/astro) :',
    css: 'Vos couleurs : ajoutez ceci à la feuille de style du site (dans WordPress : Apparence → Personnaliser → CSS additionnel).',
  },
  copy: 'Copier',
  copied: 'Copié.',
  copyFailed: 'Copie impossible : sélectionnez le code et copiez-le à la main.',
};

export const MESSAGES: Record<string, Messages> = { en, fr };

/** `fr-CA` → French; anything without a translation → English. */
export function messagesFor(language: string): Messages {
  return MESSAGES[language.toLowerCase().split('-')[0] ?? 'en'] ?? en;
}
