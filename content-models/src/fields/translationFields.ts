import type { Field } from 'payload';
import { localeNames } from '../locales.ts';
import {
  targetLocales,
  translationStates,
  translationStateValue,
  type TranslationState,
} from '../translation.ts';
import { label, type Label } from './label.ts';

const stateLabels: Record<TranslationState, Label> = {
  missing: label('manquante', 'ontbreekt'),
  outdated: label('obsolète', 'verouderd'),
  'up-to-date': label('à jour', 'bijgewerkt'),
};

const written = { create: () => false, update: () => false };
const internal = { ...written, read: ({ req }: { req: { user?: unknown } }) => Boolean(req.user) };

/**
 * The translation status of a document, written by the CMS on every save (hook
 * `trackTranslations`): one filterable value per target locale for the list view, and the
 * per-field detail the edit view shows.
 */
export function translationFields(): Field[] {
  return [
    {
      name: 'translationStates',
      type: 'select',
      hasMany: true,
      options: targetLocales.flatMap((locale) =>
        translationStates.map((state) => ({
          value: translationStateValue(locale, state),
          label: label(
            `${localeNames[locale]} : ${stateLabels[state].fr}`,
            `${localeNames[locale]}: ${stateLabels[state].nl}`,
          ),
        })),
      ),
      label: label('Traduction', 'Vertaling'),
      access: written,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label(
          'Obsolète : le texte français a changé depuis la dernière traduction.',
          'Verouderd: de Franse tekst is gewijzigd sinds de laatste vertaling.',
        ),
      },
    },
    {
      name: 'translationDetails',
      type: 'json',
      label: label('Détail des traductions', 'Detail van de vertalingen'),
      access: internal,
      admin: { hidden: true },
    },
  ];
}
