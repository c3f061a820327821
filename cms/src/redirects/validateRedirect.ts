import { getPortal, isPortalId, type Locale, type PortalId } from '@portals/content-models';
import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload';
import { keepingRequestState } from './keepingRequestState.ts';
import { liveDocumentAt, localeOfPath } from './liveDocumentAt.ts';
import { publishedPlacement } from './publishedPlacement.ts';
import { isExternal, normalizedPath, pathSpellings } from './redirectPaths.ts';
import { systemRedirect } from './redirectToDocument.ts';

type Id = number | string;

interface RedirectData {
  id?: Id;
  from?: string | null;
  toPath?: string | null;
  toDocument?: { relationTo: string; value: Id | { id: Id } } | null;
  portal?: PortalId | null;
  locale?: Locale | null;
}

/** Where a redirect leads in `locale`: its path, or its document's page; null if nowhere here. */
async function targetOf(
  req: PayloadRequest,
  redirect: RedirectData,
  locale: Locale,
): Promise<string | null> {
  if (redirect.toPath) return isExternal(redirect.toPath) ? null : normalizedPath(redirect.toPath);
  const target = redirect.toDocument;
  if (!target) return null;
  const id = typeof target.value === 'object' ? target.value.id : target.value;
  const placement = await publishedPlacement(req, target.relationTo as 'articles', id);
  return placement?.paths[locale] ?? null;
}

/** The next redirect of the portal starting at `path`, the one being saved excepted. */
async function redirectFrom(
  req: PayloadRequest,
  path: string,
  portal: PortalId,
  locale: Locale,
  self: Id | undefined,
): Promise<RedirectData | null> {
  const { docs } = await req.payload.find({
    collection: 'redirects',
    where: {
      and: [
        { from: { in: pathSpellings(path) } },
        { portal: { equals: portal } },
        { or: [{ locale: { equals: locale } }, { locale: { exists: false } }] },
        ...(self == null ? [] : [{ id: { not_equals: self } }]),
      ],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  });
  return (docs[0] as RedirectData | undefined) ?? null;
}

/** Follows the redirect from its `from`; true when the walk comes back to a path it passed. */
async function leadsBack(
  req: PayloadRequest,
  redirect: RedirectData,
  from: string,
  portal: PortalId,
  locale: Locale,
): Promise<boolean> {
  const seen = new Set([normalizedPath(from)]);
  let step: RedirectData | null = redirect;
  for (let hops = 0; step && hops < 50; hops += 1) {
    const next = await targetOf(req, step, locale);
    if (next === null) return false;
    if (seen.has(next)) return true;
    seen.add(next);
    step = await redirectFrom(req, next, portal, locale, redirect.id);
  }
  return step !== null;
}

function refuse(message: string): never {
  throw new ValidationError({ collection: 'redirects', errors: [{ path: 'from', message }] });
}

/**
 * Refuses a redirect that would loop (A→A, A→B→A, also through a document's current page)
 * or hide a page that is live on the portal: both would leave readers stuck.
 */
export const validateRedirect: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  context,
}) => {
  if (context[systemRedirect]) return data;
  const redirect = { ...(originalDoc as RedirectData | undefined), ...(data as RedirectData) };
  const { from, portal } = redirect;
  if (!from || !portal || !isPortalId(portal)) return data;
  const pathLocale = localeOfPath(from);
  const checked = pathLocale
    ? [pathLocale]
    : redirect.locale
      ? [redirect.locale]
      : getPortal(portal).locales;
  for (const locale of checked) {
    const [shadows, loops] = await keepingRequestState(req, async () => [
      await liveDocumentAt(req, from, portal, locale),
      await leadsBack(req, redirect, from, portal, locale),
    ]);
    if (shadows) {
      refuse(
        `« ${from} » est l’adresse d’une page publiée : la redirection la masquerait. / "${from}" is het adres van een gepubliceerde pagina: de omleiding zou ze verbergen.`,
      );
    }
    if (loops) {
      refuse(
        `Cette redirection formerait une boucle : depuis « ${from} », on y revient. / Deze omleiding vormt een lus: vanaf "${from}" komt men er weer terug.`,
      );
    }
  }
  return data;
};
