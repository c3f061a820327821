/**
 * The editorial states a text goes through: written by an editor, sent to the referent of its
 * theme, sent back with a comment or validated, then published by an editor.
 */
export const editorialStates = [
  'writing',
  'in-validation',
  'changes-requested',
  'validated',
  'published',
] as const;

export type EditorialState = (typeof editorialStates)[number];

/** The three states Born in Brussels editors track on each placement of the tree. */
export type PlacementState = 'in-writing' | 'in-validation' | 'final';

export function placementState(state: EditorialState | null | undefined): PlacementState {
  if (state === 'in-validation') return 'in-validation';
  if (state === 'validated' || state === 'published') return 'final';
  return 'in-writing';
}

/**
 * Moves each role may make by hand; `published` is set by publishing, never chosen.
 * Admins may make any move.
 */
export const allowedMoves: Record<
  'editor' | 'referent',
  Partial<Record<EditorialState, EditorialState[]>>
> = {
  editor: {
    writing: ['in-validation'],
    'changes-requested': ['writing', 'in-validation'],
    'in-validation': ['writing'],
    validated: ['writing'],
    published: ['writing', 'in-validation'],
  },
  referent: {
    'in-validation': ['validated', 'changes-requested'],
  },
};
