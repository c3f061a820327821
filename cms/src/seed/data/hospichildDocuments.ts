import type { SeedDocument } from '../types.ts';

/** Hospichild's demonstration PDFs: one-page files made by `demoPdf`, described in FR and NL. */
export const hospichildDocuments: SeedDocument[] = [
  {
    key: 'hc-doc-hospital-guide',
    kind: 'brochure',
    publisher: 'Hospichild (démo)',
    themes: ['hospitalisation'],
    portals: ['hospichild'],
    fr: {
      title: 'Petit guide du séjour à l’hôpital (démo)',
      summary:
        'Une brochure de démonstration : quoi emporter, qui rencontrer, comment préparer le retour.',
    },
    nl: {
      title: 'Kleine gids voor het ziekenhuisverblijf (demo)',
      summary:
        'Een demonstratiebrochure: wat neem je mee, wie ontmoet je, hoe bereid je de thuiskomst voor.',
    },
  },
  {
    key: 'hc-doc-rights-poster',
    kind: 'poster',
    publisher: 'Hospichild (démo)',
    themes: ['patient-rights'],
    portals: ['hospichild'],
    fr: {
      title: 'Affiche : les droits de l’enfant à l’hôpital (démo)',
      summary: 'Une affiche de démonstration à imprimer pour les salles d’attente de pédiatrie.',
    },
    nl: {
      title: 'Affiche: de rechten van het kind in het ziekenhuis (demo)',
      summary: 'Een demonstratieaffiche om af te drukken voor de wachtzalen van de kinderafdeling.',
    },
  },
  {
    key: 'hc-doc-parents-study',
    kind: 'study',
    publisher: 'Hospichild (démo)',
    themes: ['hospitalisation'],
    portals: ['hospichild'],
    fr: {
      title: 'Étude : être parent d’un enfant hospitalisé (démo)',
      summary:
        'Une étude fictive, pour la démonstration, sur les besoins des parents pendant le séjour.',
    },
  },
];
