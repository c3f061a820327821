import type { Locale } from '@portals/content-models';

/** Demo readers of Hospichild's newsletter: addresses on a reserved domain (RFC 2606). */
export const demoSubscribers: {
  email: string;
  locale: Locale;
  state: 'pending' | 'confirmed' | 'unsubscribed';
}[] = [
  { email: 'maman.de.lucie@example.org', locale: 'fr', state: 'confirmed' },
  { email: 'papa.van.jonas@example.org', locale: 'nl', state: 'confirmed' },
  { email: 'infirmiere.pediatrie@example.org', locale: 'fr', state: 'confirmed' },
  { email: 'nieuwe.lezer@example.org', locale: 'nl', state: 'pending' },
  { email: 'ancien.abonne@example.org', locale: 'fr', state: 'unsubscribed' },
];

/** One sent edition per language, so the portal's archive has something to show. */
export const demoEditions: Record<Locale, { title: string; editorWord: string }> = {
  fr: {
    title: 'La lettre de novembre 2026',
    editorWord:
      'Bonjour,\n\nEn novembre, l’équipe a surtout travaillé sur les fiches des hôpitaux et sur ' +
      'les questions que vous nous posez le plus souvent. Voici ce qui a changé sur le portail, ' +
      'et les rendez-vous à noter pour les semaines qui viennent.\n\nBonne lecture !',
  },
  nl: {
    title: 'De nieuwsbrief van november 2026',
    editorWord:
      'Goedendag,\n\nIn november werkte het team vooral aan de fiches van de ziekenhuizen en aan ' +
      'de vragen die u ons het vaakst stelt. Dit is wat er op het portaal veranderde, en dit ' +
      'zijn de afspraken voor de komende weken.\n\nVeel leesplezier!',
  },
};
