import { slugify } from '@portals/content-models';
import type { Payload } from 'payload';
import { findId } from './findId.ts';
import { progress } from './progress.ts';
import { toLexical } from './toLexical.ts';
import type {
  SeedFicheSection,
  SeedHospital,
  SeedMutuality,
  SeedPlace,
  SeedPlaceText,
} from './types.ts';

type Locale = 'fr' | 'nl';

/** The sections' texts in one locale; the validation stamps (not localized) go with the first save. */
function sectionsIn(
  sections: Partial<Record<string, SeedFicheSection>>,
  locale: Locale,
  withStamps: boolean,
) {
  const data: Record<string, unknown> = {};
  for (const [name, section] of Object.entries(sections)) {
    if (!section) continue;
    const paragraphs = section[locale];
    const entry: Record<string, unknown> = {};
    if (paragraphs) entry.body = toLexical(paragraphs);
    if (withStamps && section.validatedAt) {
      entry.validation = { validatedAt: section.validatedAt, validatedBy: section.validatedBy };
    }
    if (Object.keys(entry).length > 0) data[name] = entry;
  }
  return data;
}

function placeData(place: SeedPlace, text: SeedPlaceText) {
  return {
    name: text.name,
    slug: slugify(text.name),
    address: { street: text.street, postcode: place.postcode, city: text.city },
    phone: place.phone,
    website: place.website,
    coordinates: { latitude: place.latitude, longitude: place.longitude },
    portals: place.portals,
    isDemo: true,
    _status: 'published' as const,
  };
}

/** Publishes the hospital fiches, French first, then their Dutch texts. */
export async function seedHospitals(
  payload: Payload,
  hospitals: SeedHospital[],
  log: (line: string) => void,
) {
  let created = 0;
  const bar = progress('hospital fiches', hospitals.length, log);
  for (const hospital of hospitals) {
    const slug = slugify(hospital.fr.name);
    if ((await findId(payload, 'hospitals', { slug: { equals: slug } })) == null) {
      const doc = await payload.create({
        collection: 'hospitals',
        locale: 'fr',
        data: {
          ...placeData(hospital, hospital.fr),
          network: hospital.network,
          ...sectionsIn(hospital.sections, 'fr', true),
        },
        overrideAccess: true,
      });
      await payload.update({
        collection: 'hospitals',
        id: doc.id,
        locale: 'nl',
        data: {
          name: hospital.nl.name,
          slug: slugify(hospital.nl.name),
          address: { street: hospital.nl.street, city: hospital.nl.city },
          ...sectionsIn(hospital.sections, 'nl', false),
          _status: 'published',
        },
        overrideAccess: true,
      });
      created += 1;
    }
    bar.tick();
  }
  return { created };
}

/** Publishes the mutuality fiches; a Dutch-only fiche is created in Dutch. */
export async function seedMutualities(
  payload: Payload,
  mutualities: SeedMutuality[],
  log: (line: string) => void,
) {
  let created = 0;
  const bar = progress('mutuality fiches', mutualities.length, log);
  for (const mutuality of mutualities) {
    const locales = (['fr', 'nl'] as const).filter((locale) => mutuality[locale]);
    const [source, ...others] = locales;
    const sourceText = source ? mutuality[source] : undefined;
    if (!source || !sourceText) throw new Error(`Seed mutuality "${mutuality.key}" has no text.`);
    if (
      (await findId(
        payload,
        'mutualities',
        { slug: { equals: slugify(sourceText.name) } },
        source,
      )) == null
    ) {
      const doc = await payload.create({
        collection: 'mutualities',
        locale: source,
        data: {
          ...placeData(mutuality, sourceText),
          union: mutuality.union,
          openingHours: sourceText.openingHours,
          ...sectionsIn(mutuality.topics, source, true),
        },
        overrideAccess: true,
      });
      for (const locale of others) {
        const text = mutuality[locale];
        if (!text) continue;
        await payload.update({
          collection: 'mutualities',
          id: doc.id,
          locale,
          data: {
            name: text.name,
            slug: slugify(text.name),
            openingHours: text.openingHours,
            address: { street: text.street, city: text.city },
            ...sectionsIn(mutuality.topics, locale, false),
            _status: 'published',
          },
          overrideAccess: true,
        });
      }
      created += 1;
    }
    bar.tick();
  }
  return { created };
}
