import { randomBytes } from 'node:crypto';
import { collectionSlugs } from '@portals/content-models';
import { cmsEditor, paragraph } from '../cmsEditor.ts';

/**
 * A word found nowhere else (the odd prefix keeps it from matching real text), so finding it
 * in a build means a draft leaked.
 */
export function newDraftMarker(): string {
  return `qxjsweepdraft${randomBytes(4).toString('hex')}`;
}

type Fields = Record<string, unknown>;

/** Per collection the sites show, the fields of a draft carrying the marker in its text. */
function draftFields(marker: string): Record<string, Fields> {
  const text = paragraph(`Texte du brouillon ${marker}.`);
  return {
    // A recent news item: were drafts to leak, it would top the home page and the news list.
    [collectionSlugs.articles]: {
      title: `Brouillon ${marker}`,
      summary: `Résumé ${marker}`,
      body: text,
      kind: 'news',
      publishedAt: new Date().toISOString(),
    },
    [collectionSlugs.hospitals]: { name: `Hôpital ${marker}`, maternity: { body: text } },
    [collectionSlugs.agenda]: {
      title: `Colloque ${marker}`,
      description: text,
      startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      audiences: ['parents'],
      place: `Salle ${marker}`,
    },
    [collectionSlugs.faq]: { question: `Question ${marker} ?`, answer: text },
    [collectionSlugs.mutualities]: { name: `Antenne ${marker}`, union: 'socialist' },
    [collectionSlugs.midwives]: { name: `Sage-femme ${marker}`, languages: ['fr'] },
  };
}

/**
 * Saves one never-published document with the marker in each collection the sites show, on
 * every portal given, as an editor would. Returns the collections that hold one. Drafts skip
 * the required-field checks, so this needs no more than each collection's own text fields.
 */
export async function createDrafts(
  cmsUrl: string,
  portalIds: readonly string[],
  marker: string,
): Promise<string[]> {
  const editor = await cmsEditor(cmsUrl);
  const created: string[] = [];
  for (const [collection, fields] of Object.entries(draftFields(marker))) {
    await editor.createDraftIn(collection, 'fr', { ...fields, portals: [...portalIds] });
    created.push(collection);
  }
  return created;
}
