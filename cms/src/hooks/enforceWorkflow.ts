import { allowedMoves, type EditorialState } from '@portals/content-models';
import { APIError, ValidationError, type CollectionBeforeChangeHook } from 'payload';
import { asStaff } from '../access/user.ts';
import { contentChanged } from '../workflow/contentChanged.ts';
import { idOf, idsOf, reviewerOrganisations } from '../workflow/relations.ts';

const noApproval = { organisation: null, referent: null, approvedAt: null };

function refuse(fr: string, nl: string): never {
  throw new APIError(`${fr} / ${nl}`, 403, undefined, true);
}

/**
 * Moves a document through writing → in validation → validated → published: only the moves
 * of the user's role (`allowedMoves`), a comment when changes are requested, the approval
 * stamped when a referent validates, and no publication of a text whose theme has a referent
 * organisation before that organisation validated it. The themes counted are those before
 * and after the save, in whatever shape they are sent (issue #13, finding 3). A change to the
 * text or themes of a validated or published document goes back through validation: its
 * approval is cleared and, when its themes have a referent, it returns to writing (finding 4).
 * Admins and scripts are not limited.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  const user = asStaff(req.user);
  const previous = originalDoc as Record<string, unknown> | undefined;
  let before = (previous?.editorialState as EditorialState | undefined) ?? 'writing';
  const publishing = data._status === 'published';
  let after = (data.editorialState as EditorialState | undefined) ?? before;
  if (after === 'published' && !publishing) after = before;
  const limited = user != null && user.role !== 'admin';
  const themes = [
    ...new Set([...idsOf(previous?.themes), ...idsOf('themes' in data ? data.themes : [])]),
  ];

  if (
    limited &&
    previous &&
    after === before &&
    (before === 'validated' || before === 'published') &&
    contentChanged(collection.fields, data, previous)
  ) {
    data.approval = noApproval;
    if ((await reviewerOrganisations(req, themes)).length > 0) {
      before = 'writing';
      after = 'writing';
    }
  }

  if (after !== before && limited) {
    const role = user.role === 'referent' ? 'referent' : 'editor';
    if (!(allowedMoves[role][before] ?? []).includes(after)) {
      refuse(
        `Passage de « ${before} » à « ${after} » impossible pour votre rôle`,
        `Overgang van "${before}" naar "${after}" niet toegelaten voor uw rol`,
      );
    }
  }
  if (
    after !== before &&
    after === 'changes-requested' &&
    !String(data.reviewComment ?? '').trim()
  ) {
    throw new ValidationError({
      errors: [
        {
          path: 'reviewComment',
          message: 'Expliquez les modifications demandées. / Leg uit welke wijzigingen nodig zijn.',
        },
      ],
    });
  }
  if (
    after !== before &&
    after === 'in-validation' &&
    (await reviewerOrganisations(req, themes)).length === 0
  ) {
    refuse(
      'Aucune organisation référente ne valide les thèmes de ce document',
      'Geen referentieorganisatie valideert de thema’s van dit document',
    );
  }
  if (after !== before && after === 'validated') {
    const organisations = await reviewerOrganisations(req, themes);
    const own = idOf(user?.organisation);
    const organisation =
      organisations.find((candidate) => own != null && String(candidate.id) === String(own)) ??
      organisations[0];
    data.approval = {
      organisation: organisation?.id ?? null,
      referent: user?.id ?? null,
      approvedAt: new Date().toISOString(),
    };
  }
  if (
    after !== before &&
    (after === 'writing' || after === 'in-validation' || after === 'changes-requested')
  ) {
    data.approval = noApproval;
  }
  if (publishing) {
    const validated = before === 'validated' || before === 'published';
    if (limited && !validated && (await reviewerOrganisations(req, themes)).length > 0) {
      refuse(
        'Ce texte doit être validé par le référent de son thème avant publication',
        'Deze tekst moet vóór publicatie door de referent van het thema gevalideerd worden',
      );
    }
    after = 'published';
  }
  data.editorialState = after;
  return data;
};
