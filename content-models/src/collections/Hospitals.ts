import type { CollectionConfig } from 'payload';
import {
  contactFields,
  demoField,
  ficheSection,
  label,
  portalsField,
  slugField,
  translationFields,
  workflowFields,
  type Label,
  redirectsHereField,
} from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

/** The sections of a hospital fiche, in the order the portals show them. */
export const hospitalSections = {
  description: label('Description générale', 'Algemene beschrijving'),
  access: label('Accès', 'Bereikbaarheid'),
  maternity: label('Maternité', 'Materniteit'),
  neonatology: label('Néonatologie', 'Neonatologie'),
  paediatricEmergencies: label('Urgences pédiatriques', 'Pediatrische spoedgevallen'),
  paediatrics: label('Pédiatrie', 'Pediatrie'),
  generalServices: label('Services généraux', 'Algemene diensten'),
  financialService: label('Service financier', 'Financiële dienst'),
  childPsychiatry: label('Pédopsychiatrie', 'Kinderpsychiatrie'),
  hospitalSchool: label('École à l’hôpital', 'School in het ziekenhuis'),
} as const satisfies Record<string, Label>;

export type HospitalSection = keyof typeof hospitalSections;

/** Hospital fiches ("Hôpitaux partenaires"): one per Brussels hospital, the most visited pages. */
export const Hospitals = {
  slug: collectionSlugs.hospitals,
  labels: {
    singular: label('Fiche hôpital', 'Ziekenhuisfiche'),
    plural: label('Fiches hôpitaux', 'Ziekenhuisfiches'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.hospitals],
    defaultColumns: [
      'name',
      'network',
      'portals',
      'editorialState',
      'translationStates',
      '_status',
      'updatedAt',
    ],
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 30 },
  defaultSort: 'name',
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      label: label('Nom de l’hôpital', 'Naam van het ziekenhuis'),
    },
    slugField({ admin: { position: 'sidebar' } }),
    {
      name: 'network',
      type: 'text',
      label: label('Réseau hospitalier', 'Ziekenhuisnetwerk'),
    },
    {
      type: 'tabs',
      tabs: [
        { label: label('Coordonnées', 'Contactgegevens'), fields: contactFields() },
        {
          label: label('Sections', 'Secties'),
          fields: Object.entries(hospitalSections).map(([name, sectionLabel]) =>
            ficheSection(name, sectionLabel),
          ),
        },
      ],
    },
    portalsField(),
    ...workflowFields(),
    ...translationFields(),
    demoField(),
    redirectsHereField(),
  ],
} satisfies CollectionConfig;
