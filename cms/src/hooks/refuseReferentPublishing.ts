import { APIError, type CollectionBeforeOperationHook } from 'payload';
import { asStaff } from '../access/user.ts';

/**
 * Referents review, editors publish: a referent may save drafts of the texts they validate,
 * but neither publish nor unpublish them (a save that is not a draft changes what is live).
 */
export const refuseReferentPublishing: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' && operation !== 'create') return args;
  if (asStaff(req.user)?.role !== 'referent') return args;
  const { data, draft } = args as { data?: { _status?: string }; draft?: boolean };
  const changesLiveVersion = data?._status === 'published' || (data?._status === 'draft' && !draft);
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
