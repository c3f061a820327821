import { ValidationError, type CollectionBeforeChangeHook } from 'payload';
import { idOf } from '../workflow/relations.ts';

/**
 * A section's parent belongs to the same portal: the tree of one portal never hangs from, or
 * lends a branch to, another portal's (issue #13, finding 6). Checked on every save, so that
 * moving a section to another portal also needs a parent there.
 */
export const keepParentOnPortal: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const previous = originalDoc as Record<string, unknown> | undefined;
  const parent = idOf('parent' in data ? data.parent : previous?.parent);
  if (parent == null) return data;
  const portal: unknown = 'portal' in data ? data.portal : previous?.portal;
  const parentDoc = await req.payload.findByID({
    collection: 'sections',
    id: parent,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  });
  if (!parentDoc || parentDoc.portal !== portal) {
    throw new ValidationError({
      errors: [
        {
          path: 'parent',
          message:
            'La rubrique parente doit appartenir au même portail. / ' +
            'De bovenliggende rubriek moet tot hetzelfde portaal behoren.',
        },
      ],
    });
  }
  return data;
};
