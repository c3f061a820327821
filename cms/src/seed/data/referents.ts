import type { SeedOrganisation } from '../types.ts';

/**
 * The referent network of seul avec enfant: real organisations, each validating the themes
 * it knows. Which organisation validates which theme is a demonstration choice.
 */
export const referentOrganisations: SeedOrganisation[] = [
  {
    key: 'one',
    acronym: 'ONE',
    website: 'https://www.one.be',
    themes: ['early-childhood'],
    fr: 'Office de la Naissance et de l’Enfance',
    nl: 'Office de la Naissance et de l’Enfance (ONE)',
  },
  {
    key: 'mi-is',
    acronym: 'SPP IS',
    website: 'https://www.mi-is.be',
    themes: ['social-income'],
    fr: 'SPP Intégration sociale',
    nl: 'POD Maatschappelijke Integratie',
  },
  {
    key: 'spf-finances',
    acronym: 'SPF Finances',
    website: 'https://finances.belgium.be',
    themes: ['tax'],
    fr: 'SPF Finances',
    nl: 'FOD Financiën',
  },
  {
    key: 'secal',
    acronym: 'SECAL',
    website: 'https://finances.belgium.be',
    themes: ['maintenance'],
    fr: 'Service des créances alimentaires (SECAL)',
    nl: 'Dienst voor Alimentatievorderingen (DAVO)',
  },
  {
    key: 'inami',
    acronym: 'INAMI',
    website: 'https://www.inami.fgov.be',
    themes: ['health-insurance'],
    fr: 'Institut national d’assurance maladie-invalidité',
    nl: 'Rijksinstituut voor ziekte- en invaliditeitsverzekering (RIZIV)',
  },
  {
    key: 'famiwal',
    acronym: 'FAMIWAL',
    website: 'https://www.famiwal.be',
    themes: ['family-allowances'],
    fr: 'Caisses d’allocations familiales wallonnes',
  },
  {
    key: 'onem',
    acronym: 'ONEM',
    website: 'https://www.onem.be',
    themes: ['unemployment'],
    fr: 'Office national de l’emploi',
    nl: 'Rijksdienst voor Arbeidsvoorziening (RVA)',
  },
  {
    key: 'forem',
    acronym: 'Forem',
    website: 'https://www.leforem.be',
    themes: ['employment'],
    fr: 'Le Forem',
  },
  {
    key: 'housing',
    acronym: 'SPW Logement',
    website: 'https://www.wallonie.be',
    themes: ['housing'],
    fr: 'Administration wallonne du logement',
  },
  {
    key: 'notaries',
    acronym: 'Notaire.be',
    website: 'https://www.notaire.be',
    themes: ['separation'],
    fr: 'Notaires de Belgique',
  },
  {
    key: 'droits-quotidiens',
    acronym: 'DQ',
    website: 'https://www.droitsquotidiens.be',
    themes: ['violence', 'separation'],
    fr: 'Droits Quotidiens',
  },
];
