import type { SeedTheme } from '../types.ts';

/** Themes of the three portals. Those of seul avec enfant each have a referent organisation. */
export const themes: SeedTheme[] = [
  // Hospichild
  {
    key: 'hospitalisation',
    portals: ['hospichild', 'born-in-brussels'],
    fr: { title: 'Hospitalisation de l’enfant' },
    nl: { title: 'Ziekenhuisopname van het kind' },
  },
  {
    key: 'chronic-illness',
    portals: ['hospichild'],
    fr: { title: 'Maladie chronique' },
    nl: { title: 'Chronische ziekte' },
  },
  {
    key: 'disability',
    portals: ['hospichild', 'seul-avec-enfant'],
    fr: { title: 'Handicap' },
    nl: { title: 'Handicap' },
  },
  {
    key: 'patient-rights',
    portals: ['hospichild'],
    fr: { title: 'Droits du patient' },
    nl: { title: 'Patiëntenrechten' },
  },
  // Born in Brussels
  {
    key: 'pregnancy',
    portals: ['born-in-brussels'],
    fr: { title: 'Grossesse et suivi prénatal' },
    nl: { title: 'Zwangerschap en prenatale opvolging' },
  },
  {
    key: 'birth',
    portals: ['born-in-brussels'],
    fr: { title: 'Naissance et séjour à la maternité' },
    nl: { title: 'Geboorte en verblijf op de materniteit' },
  },
  {
    key: 'breastfeeding',
    portals: ['born-in-brussels'],
    fr: { title: 'Allaitement et alimentation du bébé' },
    nl: { title: 'Borstvoeding en voeding van de baby' },
  },
  {
    key: 'perinatal-mental-health',
    portals: ['born-in-brussels'],
    fr: { title: 'Santé mentale périnatale' },
    nl: { title: 'Perinatale geestelijke gezondheid' },
  },
  {
    key: 'contraception',
    portals: ['born-in-brussels'],
    fr: { title: 'Contraception et vie affective' },
    nl: { title: 'Anticonceptie en relaties' },
  },
  {
    key: 'early-childhood',
    portals: ['born-in-brussels', 'seul-avec-enfant'],
    fr: { title: 'Petite enfance et accueil' },
    nl: { title: 'Jonge kinderen en opvang' },
  },
  // seul avec enfant (French only)
  { key: 'separation', portals: ['seul-avec-enfant'], fr: { title: 'Séparation et divorce' } },
  { key: 'violence', portals: ['seul-avec-enfant'], fr: { title: 'Violences intrafamiliales' } },
  {
    key: 'maintenance',
    portals: ['seul-avec-enfant'],
    fr: { title: 'Contributions alimentaires' },
  },
  {
    key: 'social-income',
    portals: ['seul-avec-enfant'],
    fr: { title: 'Revenu d’intégration et CPAS' },
  },
  { key: 'unemployment', portals: ['seul-avec-enfant'], fr: { title: 'Allocations de chômage' } },
  { key: 'employment', portals: ['seul-avec-enfant'], fr: { title: 'Emploi et formation' } },
  { key: 'tax', portals: ['seul-avec-enfant'], fr: { title: 'Fiscalité des familles' } },
  {
    key: 'health-insurance',
    portals: ['seul-avec-enfant', 'hospichild'],
    fr: { title: 'Soins de santé et statut BIM' },
    nl: { title: 'Gezondheidszorg en VT-statuut' },
  },
  {
    key: 'family-allowances',
    portals: ['seul-avec-enfant'],
    fr: { title: 'Allocations familiales' },
  },
  { key: 'housing', portals: ['seul-avec-enfant'], fr: { title: 'Logement' } },
  { key: 'service-vouchers', portals: ['seul-avec-enfant'], fr: { title: 'Titres-services' } },
];
