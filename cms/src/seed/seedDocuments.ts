import { slugify } from '@portals/content-models';
import type { Payload } from 'payload';
import { demoPdf } from './demoPdf.ts';
import { findId, idsOf, type Id } from './findId.ts';
import { progress } from './progress.ts';
import type { SeedDocument } from './types.ts';

/** Uploads demo PDFs with their French description, then the Dutch one where it exists. */
export async function seedDocuments(
  payload: Payload,
  documents: SeedDocument[],
  themeIds: Map<string, Id>,
  log: (line: string) => void,
) {
  let created = 0;
  const bar = progress('reference documents', documents.length, log);
  for (const document of documents) {
    if ((await findId(payload, 'documents', { title: { equals: document.fr.title } })) == null) {
      const data = demoPdf(document.fr.title.normalize('NFC'), document.fr.summary);
      const doc = await payload.create({
        collection: 'documents',
        locale: 'fr',
        data: {
          ...document.fr,
          kind: document.kind,
          publisher: document.publisher,
          themes: idsOf(document.themes, themeIds, 'theme'),
          portals: document.portals,
          isDemo: true,
        },
        file: {
          data,
          mimetype: 'application/pdf',
          name: `${slugify(document.fr.title)}.pdf`,
          size: data.length,
        },
        overrideAccess: true,
      });
      if (document.nl) {
        await payload.update({
          collection: 'documents',
          id: doc.id,
          locale: 'nl',
          data: document.nl,
          overrideAccess: true,
        });
      }
      created += 1;
    }
    bar.tick();
  }
  return { created };
}
