/**
 * Projects, tools and reference documents of seul avec enfant. Tools link to real public
 * services; projects and documents are invented for the demonstration.
 */
export interface SeedResource {
  key: string;
  title: string;
  text: string;
  themes: string[];
  url?: string;
}

export const saeProjects: (SeedResource & { promoter: string; area: string })[] = [
  {
    key: 'project-solo-network',
    title: 'Réseau d’entraide entre parents solos (démo)',
    text: 'Des parents seuls s’échangent gardes d’enfants, trajets et coups de main dans leur quartier.',
    promoter: 'Association de démonstration',
    area: 'Namur et environs',
    themes: ['early-childhood'],
  },
  {
    key: 'project-housing-coloc',
    title: 'Colocation solidaire pour familles monoparentales (démo)',
    text: 'Des logements partagés où deux familles monoparentales mutualisent loyer et garde.',
    promoter: 'Agence immobilière sociale (démo)',
    area: 'Liège',
    themes: ['housing'],
  },
  {
    key: 'project-job-coaching',
    title: 'Coaching emploi pour parents seuls (démo)',
    text: 'Un accompagnement individuel vers l’emploi, avec une solution de garde pendant les formations.',
    promoter: 'Centre de formation (démo)',
    area: 'Hainaut',
    themes: ['employment'],
  },
];

export const saeTools: (SeedResource & {
  kind: 'app' | 'website' | 'calculator' | 'directory';
  provider: string;
  url: string;
})[] = [
  {
    key: 'tool-myminfin',
    title: 'MyMinfin',
    text: 'Consulter son dossier fiscal et remplir sa déclaration en ligne.',
    kind: 'website',
    provider: 'SPF Finances',
    url: 'https://finances.belgium.be',
    themes: ['tax'],
  },
  {
    key: 'tool-one',
    title: 'Le site de l’ONE',
    text: 'Trouver un milieu d’accueil et les consultations pour enfants près de chez soi.',
    kind: 'directory',
    provider: 'ONE',
    url: 'https://www.one.be',
    themes: ['early-childhood'],
  },
  {
    key: 'tool-droits-quotidiens',
    title: 'Droits Quotidiens',
    text: 'Des réponses juridiques claires sur la séparation, le logement, le travail.',
    kind: 'website',
    provider: 'Droits Quotidiens',
    url: 'https://www.droitsquotidiens.be',
    themes: ['separation', 'violence'],
  },
  {
    key: 'tool-famiwal',
    title: 'Simulateur d’allocations familiales',
    text: 'Estimer le montant des allocations selon la situation de la famille.',
    kind: 'calculator',
    provider: 'FAMIWAL',
    url: 'https://www.famiwal.be',
    themes: ['family-allowances'],
  },
];

export const saeDocuments: (SeedResource & {
  kind: 'study' | 'brochure' | 'poster' | 'flyer';
  publisher: string;
})[] = [
  {
    key: 'doc-guide-separation',
    title: 'Guide pratique de la séparation (démo)',
    text: 'Une brochure de démonstration qui reprend les étapes d’une séparation avec enfants.',
    kind: 'brochure',
    publisher: 'seul avec enfant (démo)',
    themes: ['separation'],
  },
  {
    key: 'doc-poster-rights',
    title: 'Affiche « Vos droits de parent solo » (démo)',
    text: 'Une affiche de démonstration à imprimer pour les salles d’attente.',
    kind: 'poster',
    publisher: 'seul avec enfant (démo)',
    themes: ['social-income'],
  },
  {
    key: 'doc-study-single-parents',
    title: 'Étude : les familles monoparentales en Wallonie (démo)',
    text: 'Un document de démonstration qui imite la forme d’une étude statistique.',
    kind: 'study',
    publisher: 'Observatoire de démonstration',
    themes: ['family-allowances'],
  },
];
