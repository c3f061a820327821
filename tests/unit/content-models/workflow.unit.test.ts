import {
  allowedMoves,
  overallState,
  placementState,
  translationStateValue,
} from '@portals/content-models';
import { validateEndAfterStart, validatePath } from '@portals/content-models/collections';
import { describe, expect, it } from 'vitest';

describe('editorial states', () => {
  it('shows validated and published texts as final on their placements', () => {
    expect(placementState('validated')).toBe('final');
    expect(placementState('published')).toBe('final');
    expect(placementState('changes-requested')).toBe('in-writing');
    expect(placementState(undefined)).toBe('in-writing');
  });

  it('lets referents only validate or send back what is in validation', () => {
    expect(allowedMoves.referent['in-validation']).toEqual(['validated', 'changes-requested']);
    expect(allowedMoves.referent.writing).toBeUndefined();
    expect(allowedMoves.editor['in-validation']).not.toContain('validated');
  });
});

describe('translation states', () => {
  it('rates a locale outdated as soon as one field is, before missing fields', () => {
    expect(overallState(['up-to-date', 'missing', 'outdated'])).toBe('outdated');
    expect(overallState(['up-to-date', 'missing'])).toBe('missing');
    expect(overallState([])).toBe('up-to-date');
  });

  it('names list filter values by locale and state', () => {
    expect(translationStateValue('nl', 'outdated')).toBe('nl:outdated');
  });
});

describe('validation rules', () => {
  it('accepts an end equal to the start and refuses one before it', () => {
    expect(validateEndAfterStart('2027-01-01T10:00:00Z', '2027-01-01T10:00:00Z')).toBe(true);
    expect(validateEndAfterStart('2027-01-01T09:59:00Z', '2027-01-01T10:00:00Z')).toMatch(
      /ne peut pas précéder/,
    );
  });

  it('accepts site paths and refuses protocol-relative or spaced ones', () => {
    expect(validatePath('/fr/ancienne-page?x=1')).toBe(true);
    expect(validatePath('//autre-site.be/page')).not.toBe(true);
    expect(validatePath('/fr/ancienne page')).not.toBe(true);
  });
});
