import type { CollectionBeforeChangeHook } from 'payload';
import { refuse } from '../input/refuse.ts';

/**
 * One edition per portal, language and month: the archive gives each its page at
 * `…/archives/YYYY-MM/`, and two pages with one address would fail the portal's build.
 */
export const refuseDuplicatePeriod: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...(originalDoc as Record<string, unknown> | undefined), ...data };
  const { portal, locale, period } = merged as {
    portal?: string;
    locale?: string;
    period?: string;
  };
  if (!portal || !locale || !period) return data;
  const id = (originalDoc as { id?: number | string } | undefined)?.id;
  const { totalDocs } = await req.payload.count({
    collection: 'newsletter-editions',
    where: {
      and: [
        { portal: { equals: portal } },
        { locale: { equals: locale } },
        { period: { equals: period } },
        ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
      ],
    },
    overrideAccess: true,
    req,
  });
  if (totalDocs > 0) {
    refuse(
      400,
      `Une lettre existe déjà pour ${period} dans cette langue.`,
      `Er bestaat al een nieuwsbrief voor ${period} in deze taal.`,
    );
  }
  return data;
};
