import type { EditorialState, PortalId } from '@portals/content-models';

/**
 * Drafts at each step of the workflow, so the queues, the tree's placement states and the
 * overdue list show something in the demo. Written by the demo editors; texts are ours.
 */
export interface SeedDraft {
  writer: string;
  state: EditorialState;
  portal: PortalId;
  sections: string[];
  themes: string[];
  comment?: string;
  title: string;
  summary: string;
  body: string[];
}

export const workflowDrafts: SeedDraft[] = [
  {
    writer: 'editeur.bib@example.be',
    state: 'writing',
    portal: 'born-in-brussels',
    sections: ['early-development', 'early-languages'],
    themes: ['early-childhood'],
    title: 'Les premiers mots de bébé (brouillon)',
    summary: 'Comment le langage se construit pendant les deux premières années.',
    body: ['Brouillon de démonstration, en cours de rédaction.'],
  },
  {
    writer: 'editeur.bib@example.be',
    state: 'in-validation',
    portal: 'born-in-brussels',
    sections: ['early-consultations', 'health-baby'],
    themes: ['early-childhood'],
    title: 'Les consultations gratuites pour les tout-petits (en validation)',
    summary: 'Vaccins, croissance, conseils : le suivi préventif des enfants de 0 à 6 ans.',
    body: ['Brouillon de démonstration, envoyé au référent de l’ONE.'],
  },
  {
    writer: 'editeur.sae@example.be',
    state: 'in-validation',
    portal: 'seul-avec-enfant',
    sections: ['rights-maintenance'],
    themes: ['maintenance'],
    title: 'Les avances sur pension alimentaire, pas à pas (en validation)',
    summary: 'Conditions, formulaire et délais pour demander des avances au SECAL.',
    body: ['Brouillon de démonstration, envoyé au référent du SECAL.'],
  },
  {
    writer: 'editeur.sae@example.be',
    state: 'changes-requested',
    portal: 'seul-avec-enfant',
    sections: ['events-violence'],
    themes: ['violence'],
    comment:
      'Merci d’ajouter les numéros des lignes d’écoute et de préciser la procédure d’hébergement d’urgence.',
    title: 'Quitter le domicile en urgence avec ses enfants (à revoir)',
    summary: 'Les démarches à faire dans les premiers jours.',
    body: ['Brouillon de démonstration, renvoyé par le référent avec un commentaire.'],
  },
];

/** Hospital fiches whose review is overdue (days ago) or coming (days ahead), by French name. */
export const reviewDates: { hospital: string; inDays: number }[] = [
  { hospital: 'CHU Brugmann', inDays: -45 },
  { hospital: 'Clinique Saint-Jean', inDays: -10 },
  { hospital: 'Cliniques universitaires Saint-Luc', inDays: 60 },
];
