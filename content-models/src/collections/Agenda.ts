import type { CollectionConfig, DateField } from 'payload';
import {
  demoField,
  label,
  message,
  portalsField,
  slugField,
  themesField,
  urlField,
  translationFields,
  workflowFields,
  redirectsHereField,
} from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

export const agendaKinds = ['colloquium', 'training', 'event', 'meeting'] as const;
export const agendaAudiences = ['parents', 'professionals'] as const;

/** Every date of the agenda is entered and shown in Brussels time, whatever the editor's machine. */
export const agendaTimezone = 'Europe/Brussels';

const brusselsTime: DateField['timezone'] = {
  defaultTimezone: agendaTimezone,
  supportedTimezones: [{ label: 'Bruxelles / Brussel', value: agendaTimezone }],
};

/** Refuses an end that comes before the start; an equal end is a point in time. */
export function validateEndAfterStart(end: unknown, start: unknown): true | string {
  if (end == null || end === '' || start == null || start === '') return true;
  const endTime = new Date(end as string).getTime();
  const startTime = new Date(start as string).getTime();
  if (Number.isNaN(endTime)) return message('Date de fin illisible.', 'Onleesbare einddatum.');
  if (endTime >= startTime) return true;
  return message(
    'La fin ne peut pas précéder le début : vérifiez les dates et heures.',
    'Het einde kan niet vóór het begin liggen: controleer de data en uren.',
  );
}

/** Agenda items: colloquia, trainings, events and meetings for parents and professionals. */
export const Agenda = {
  slug: collectionSlugs.agenda,
  typescript: { interface: 'AgendaItem' },
  labels: {
    singular: label('Évènement', 'Activiteit'),
    plural: label('Agenda', 'Agenda'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.agenda],
    defaultColumns: [
      'title',
      'kind',
      'startsAt',
      'portals',
      'editorialState',
      'translationStates',
      '_status',
    ],
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 30 },
  defaultSort: 'startsAt',
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      required: true,
      label: label('Titre', 'Titel'),
    },
    slugField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'event',
      options: [
        { value: 'colloquium', label: label('Colloque', 'Colloquium') },
        { value: 'training', label: label('Formation', 'Opleiding') },
        { value: 'event', label: label('Évènement', 'Evenement') },
        { value: 'meeting', label: label('Rencontre', 'Ontmoeting') },
      ],
      label: label('Type', 'Soort'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'cancelled',
      type: 'checkbox',
      defaultValue: false,
      label: label('Annulé', 'Geannuleerd'),
      admin: {
        position: 'sidebar',
        description: label(
          'L’évènement reste visible, marqué annulé, et les agendas abonnés le barrent au lieu de le perdre.',
          'De activiteit blijft zichtbaar, gemarkeerd als geannuleerd; geabonneerde agenda’s schrappen ze in plaats van ze te verliezen.',
        ),
      },
    },
    {
      name: 'cancellationNote',
      type: 'text',
      localized: true,
      label: label('Motif de l’annulation', 'Reden van de annulering'),
      admin: {
        position: 'sidebar',
        condition: (_data, siblingData: { cancelled?: boolean }) => siblingData.cancelled === true,
        description: label(
          'Facultatif, par exemple « reporté au printemps ».',
          'Optioneel, bijvoorbeeld ‘uitgesteld tot de lente’.',
        ),
      },
    },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: label('Description', 'Beschrijving'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          timezone: brusselsTime,
          label: label('Début', 'Begin'),
          admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
        },
        {
          name: 'endsAt',
          type: 'date',
          timezone: brusselsTime,
          label: label('Fin', 'Einde'),
          admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
          validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: unknown } }) =>
            validateEndAfterStart(value, siblingData.startsAt),
        },
        {
          name: 'allDay',
          type: 'checkbox',
          defaultValue: false,
          label: label('Toute la journée', 'Hele dag'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'place', type: 'text', localized: true, label: label('Lieu', 'Plaats') },
        urlField('onlineUrl', label('Lien en ligne', 'Onlinelink')),
      ],
    },
    { name: 'organiser', type: 'text', label: label('Organisateur', 'Organisator') },
    {
      name: 'audiences',
      type: 'select',
      hasMany: true,
      required: true,
      options: [
        { value: 'parents', label: label('Parents', 'Ouders') },
        { value: 'professionals', label: label('Professionnels', 'Professionals') },
      ],
      label: label('Public', 'Publiek'),
    },
    {
      type: 'row',
      fields: [
        urlField('registrationUrl', label('Lien d’inscription', 'Inschrijvingslink')),
        { name: 'price', type: 'text', localized: true, label: label('Prix', 'Prijs') },
      ],
    },
    themesField(),
    portalsField(),
    ...workflowFields(),
    ...translationFields(),
    demoField(),
    redirectsHereField(),
  ],
} satisfies CollectionConfig;
