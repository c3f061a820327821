import { minPasswordLength, passwordProblem } from '@portals/cms/auth';
import { describe, expect, it } from 'vitest';

const tooShort =
  'Mot de passe trop court : 12 caractères au moins. / Wachtwoord te kort: minstens 12 tekens.';
const tooCommon =
  'Ce mot de passe est trop courant : choisissez-en un autre, par exemple une phrase. / ' +
  'Dit wachtwoord komt te vaak voor: kies een ander, bijvoorbeeld een zin.';

describe('passwordProblem (issue #13)', () => {
  it('refuses a password under twelve characters', () => {
    expect(minPasswordLength).toBe(12);
    expect(passwordProblem('k7#pQ2mZ9xw')).toBe(tooShort);
  });

  it('refuses the commonest passwords whatever their case', () => {
    expect(passwordProblem('Password1234')).toBe(tooCommon);
    expect(passwordProblem('MOTDEPASSE123')).toBe(tooCommon);
    expect(passwordProblem('wachtwoord123')).toBe(tooCommon);
  });

  it('refuses a character repeated', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toBe(tooCommon);
    expect(passwordProblem('abababababab')).toBe(tooCommon);
  });

  it('accepts the demo and test passwords, and a sentence', () => {
    expect(passwordProblem('demo-redaction')).toBeUndefined();
    expect(passwordProblem('test-password-1')).toBeUndefined();
    expect(passwordProblem('le chat dort sur le radiateur')).toBeUndefined();
  });
});
