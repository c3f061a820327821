import { slugify } from '@portals/content-models';
import type { Payload } from 'payload';
import { findId, idsOf, type Id } from './findId.ts';
import { progress } from './progress.ts';
import type { SeedOrganisation, SeedTheme } from './types.ts';

/** Creates the themes of every portal; returns their ids by seed key. */
export async function seedThemes(
  payload: Payload,
  themes: SeedTheme[],
  log: (line: string) => void,
) {
  const ids = new Map<string, Id>();
  const bar = progress('themes', themes.length, log);
  for (const theme of themes) {
    const slug = slugify(theme.fr.title);
    let id = await findId(payload, 'themes', { slug: { equals: slug } });
    if (id == null) {
      const doc = await payload.create({
        collection: 'themes',
        locale: 'fr',
        data: { ...theme.fr, slug, portals: theme.portals },
        overrideAccess: true,
      });
      id = doc.id;
      if (theme.nl) {
        await payload.update({
          collection: 'themes',
          id,
          locale: 'nl',
          data: { ...theme.nl, slug: slugify(theme.nl.title) },
          overrideAccess: true,
        });
      }
    }
    ids.set(theme.key, id);
    bar.tick();
  }
  return ids;
}

/** Creates the referent organisations with the themes they validate; returns ids by key. */
export async function seedReferentOrganisations(
  payload: Payload,
  organisations: SeedOrganisation[],
  themeIds: Map<string, Id>,
  log: (line: string) => void,
) {
  const ids = new Map<string, Id>();
  const bar = progress('referent organisations', organisations.length, log);
  for (const organisation of organisations) {
    let id = await findId(payload, 'referent-organisations', { name: { equals: organisation.fr } });
    if (id == null) {
      const doc = await payload.create({
        collection: 'referent-organisations',
        locale: 'fr',
        data: {
          name: organisation.fr,
          acronym: organisation.acronym,
          website: organisation.website,
          email: organisation.email,
          themes: idsOf(organisation.themes, themeIds, 'theme'),
          isDemo: true,
        },
        overrideAccess: true,
      });
      id = doc.id;
      if (organisation.nl) {
        await payload.update({
          collection: 'referent-organisations',
          id,
          locale: 'nl',
          data: { name: organisation.nl },
          overrideAccess: true,
        });
      }
    }
    ids.set(organisation.key, id);
    bar.tick();
  }
  return ids;
}
