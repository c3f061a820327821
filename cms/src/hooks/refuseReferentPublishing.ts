import { APIError, type CollectionBeforeOperationHook } from 'payload';
import { asStaff } from '../access/user.ts';

/**
 * Referents review, editors publish: a referent may save drafts of the texts they validate,
 * never the published version. Payload writes the published version on any save that is not
 * a draft (`draft=true`), whatever `_status` says or when it is absent (issue #13, finding 2),
 * and on a draft save that asks for `_status: published`.
 */
export const refuseReferentPublishing: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  // Restoring a version writes the document as that version: published unless `draft=true`.
  if (operation !== 'update' && operation !== 'create' && operation !== 'restoreVersion') {
    return args;
  }
  if (asStaff(req.user)?.role !== 'referent') return args;
  const { data, draft, unpublishAllLocales } = args as {
    data?: { _status?: unknown };
    draft?: boolean | string;
    unpublishAllLocales?: boolean | string;
  };
  const savesDraft = draft === true || draft === 'true';
  const unpublishes = unpublishAllLocales === true || unpublishAllLocales === 'true';
  const changesLiveVersion = !savesDraft || unpublishes || data?._status === 'published';
  if (changesLiveVersion) {
    throw new APIError(
      'Un référent valide les textes mais ne les publie pas : enregistrez un brouillon. / ' +
        'Een referent valideert teksten maar publiceert ze niet: bewaar een concept.',
      403,
      undefined,
      true,
    );
  }
  return args;
};
