import type { Payload } from 'payload';
import { seulAvecEnfantContacts } from './data/seulAvecEnfantContacts.ts';
import { seulAvecEnfantArticles } from './data/seulAvecEnfant.ts';
import { seulAvecEnfantNews, seulAvecEnfantRights } from './data/seulAvecEnfantRights.ts';
import { seulAvecEnfantValidations } from './data/seulAvecEnfantValidations.ts';
import { findId, type Id } from './findId.ts';
import { progress } from './progress.ts';
import { seedArticles } from './seedArticles.ts';
import { slugify } from '@portals/content-models';

// Seeded approvals are set directly, without the e-mails a real validation sends.
const context = { silentWorkflow: true };

/**
 * seul avec enfant's rights pages, the contact details of its referent organisations, and
 * the approvals its pages print (issue #11). Idempotent: an organisation with an address and
 * an article with an approval are left alone.
 */
export async function seedSeulAvecEnfant(
  payload: Payload,
  refs: { sections: Map<string, Id>; themes: Map<string, Id>; organisations: Map<string, Id> },
  log: (line: string) => void,
) {
  const rights = await seedArticles(
    payload,
    'seul-avec-enfant',
    [...seulAvecEnfantRights, ...seulAvecEnfantNews],
    refs,
    log,
  );
  const bar = progress(
    'seul avec enfant contacts and approvals',
    seulAvecEnfantContacts.length + seulAvecEnfantValidations.length,
    log,
  );
  for (const contact of seulAvecEnfantContacts) {
    const id = refs.organisations.get(contact.organisation);
    if (id == null)
      throw new Error(`Seed refers to unknown organisation "${contact.organisation}".`);
    const doc = await payload.findByID({ collection: 'referent-organisations', id, depth: 0 });
    if (!doc.address?.postcode) {
      await payload.update({
        collection: 'referent-organisations',
        id,
        locale: 'fr',
        data: {
          address: { street: contact.street, postcode: contact.postcode, city: contact.city },
          phone: contact.phone,
          ...(contact.email && { email: contact.email }),
        },
        overrideAccess: true,
      });
    }
    bar.tick();
  }
  const articles = [...seulAvecEnfantArticles, ...seulAvecEnfantRights];
  for (const validation of seulAvecEnfantValidations) {
    const article = articles.find((each) => each.key === validation.article);
    const organisation = refs.organisations.get(validation.organisation);
    if (!article?.fr || organisation == null) {
      throw new Error(
        `Seed approval names an unknown article or organisation: ${validation.article}.`,
      );
    }
    const id = await findId(payload, 'articles', { slug: { equals: slugify(article.fr.title) } });
    if (id == null) throw new Error(`Seed approval: article "${validation.article}" is missing.`);
    const doc = await payload.findByID({ collection: 'articles', id, depth: 0 });
    if (!doc.approval?.approvedAt) {
      await payload.update({
        collection: 'articles',
        id,
        context,
        data: {
          approval: { organisation, approvedAt: `${validation.approvedAt}T09:00:00.000Z` },
          reviewDueAt: `${validation.reviewDueAt}T09:00:00.000Z`,
          _status: 'published',
        },
        overrideAccess: true,
      });
    }
    bar.tick();
  }
  return { created: rights.created };
}
