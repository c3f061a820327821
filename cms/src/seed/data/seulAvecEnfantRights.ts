import type { SeedArticle } from '../types.ts';

/**
 * The rights pages of seul avec enfant that the first seed did not have, and the portal's
 * definition of a single-parent family ("Suis-je concerné·e ?"). Our own words, French only,
 * demonstration content: amounts and conditions are left to the referent organisations.
 */
const demo =
  'Texte de démonstration rédigé pour ce prototype ; il ne remplace pas l’avis de l’organisation référente.';

/** The slug of the definition page, which the home page shows in full (site configuration). */
export const whoIsConcernedTitle = 'Suis-je concerné·e ?';

export const seulAvecEnfantRights: SeedArticle[] = [
  {
    key: 'sae-who-is-concerned',
    kind: 'page',
    sections: [],
    publishedAt: '2026-01-15T09:00:00.000Z',
    fr: {
      title: whoIsConcernedTitle,
      summary:
        'Vous élevez vos enfants seul·e, tout le temps ou une partie du temps ? Ce site est pour vous.',
      body: [
        demo,
        'Ce site parle de « famille monoparentale » dès qu’un parent vit sans partenaire avec au moins un enfant, que ce soit tout le temps ou une partie du temps. Peu importe comment la situation est arrivée : séparation, décès, naissance sans second parent, absence de l’autre parent pour un temps.',
        '## Quatre situations',
        '- Hébergement permanent : les enfants vivent toujours chez vous ; l’autre parent ne les accueille pas.\n- Hébergement principal : les enfants vivent surtout chez vous et passent par exemple un week-end sur deux chez l’autre parent.\n- Hébergement égalitaire : les enfants vivent autant chez vous que chez l’autre parent, par exemple une semaine sur deux.\n- Hébergement accessoire : les enfants vivent surtout chez l’autre parent et viennent chez vous de temps en temps.',
        'Dans ces quatre cas, vous êtes concerné·e. Vos droits, eux, dépendent souvent de la situation : certaines aides vont au parent chez qui l’enfant est domicilié, d’autres se partagent. Chaque page de droit précise ce qui compte.',
      ],
    },
  },
  {
    key: 'sae-service-vouchers',
    kind: 'page',
    sections: ['rights-vouchers'],
    themes: ['service-vouchers'],
    publishedAt: '2026-02-10T09:00:00.000Z',
    fr: {
      title: 'Les titres-services : de l’aide à la maison',
      summary: 'Ménage, repassage, courses : faire appel à une aide-ménagère à prix réduit.',
      body: [
        demo,
        'Avec les titres-services, vous payez une heure d’aide-ménagère à un prix réduit ; une entreprise agréée envoie la personne chez vous.',
        '## Comment faire',
        '- vous inscrire auprès de l’émetteur des titres-services en Wallonie\n- choisir une entreprise agréée près de chez vous\n- commander des titres, en papier ou électroniques, et les remettre après chaque prestation',
        'Une partie du prix peut être déduite de vos impôts. Gardez les attestations envoyées chaque année.',
      ],
    },
  },
  {
    key: 'sae-unemployment',
    kind: 'page',
    sections: ['rights-unemployment'],
    themes: ['unemployment'],
    publishedAt: '2026-02-18T09:00:00.000Z',
    fr: {
      title: 'Allocations de chômage : le taux « chef de ménage »',
      summary:
        'Un parent seul avec un enfant à charge peut toucher des allocations à un taux plus élevé.',
      body: [
        demo,
        'Si vous êtes au chômage et que vous vivez seul·e avec au moins un enfant à charge, votre allocation peut être calculée au taux « avec charge de famille », plus élevé que le taux isolé.',
        '## À signaler',
        '- tout changement de composition du ménage, à votre organisme de paiement\n- un nouveau partenaire qui vient vivre chez vous\n- les revenus de l’enfant qui dépassent un certain plafond',
        'Votre organisme de paiement (syndicat ou caisse auxiliaire) vous aide à remplir la déclaration de situation personnelle et familiale.',
      ],
    },
  },
  {
    key: 'sae-maintenance-advances',
    kind: 'page',
    sections: ['rights-maintenance'],
    themes: ['maintenance'],
    publishedAt: '2026-03-01T09:00:00.000Z',
    fr: {
      title: 'Avances sur contributions alimentaires : qui peut les demander',
      summary:
        'Les conditions pour que le SECAL avance la contribution due pour vos enfants, et comment introduire la demande.',
      body: [
        demo,
        'Le Service des créances alimentaires (SECAL) peut avancer la contribution alimentaire due pour vos enfants quand l’autre parent ne la paie pas.',
        '## Les conditions, en bref',
        '- une décision de justice ou un acte notarié fixe la contribution\n- deux paiements, au moins, n’ont pas été faits, en tout ou en partie, dans les douze derniers mois\n- vos revenus ne dépassent pas un plafond, relevé pour chaque enfant à charge',
        'La demande se fait par formulaire, auprès du bureau du SECAL de votre région. Le SECAL se charge ensuite de récupérer les montants auprès de l’autre parent.',
        'Voir aussi [le site du SPF Finances](https://finances.belgium.be).',
      ],
    },
  },
];

/** Two news items, so the portal's news page and home block show something. */
export const seulAvecEnfantNews: SeedArticle[] = [
  {
    key: 'sae-news-guide',
    kind: 'news',
    sections: [],
    publishedAt: '2026-10-06T09:00:00.000Z',
    fr: {
      title: 'Un guide de la séparation à imprimer (démo)',
      summary: 'Les étapes d’une séparation avec enfants, réunies dans une brochure à télécharger.',
      body: [
        demo,
        'La brochure reprend, dans l’ordre, les démarches à faire quand on se sépare avec des enfants. Elle se trouve dans la page Documents du site.',
      ],
    },
  },
  {
    key: 'sae-news-referents',
    kind: 'news',
    sections: [],
    publishedAt: '2026-11-17T09:00:00.000Z',
    fr: {
      title: 'Chaque page relue par un organisme de référence (démo)',
      summary:
        'Allocations, contributions alimentaires, fiscalité : chaque thème a désormais son organisation référente.',
      body: [
        demo,
        'Les pages de droits indiquent maintenant quelle organisation les a validées et quand. Une page en cours de relecture le signale aussi.',
      ],
    },
  },
];
