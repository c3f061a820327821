import { commonPasswords } from './commonPasswords.ts';

/** Shortest password accepted (NIST SP 800-63B asks at least 8; twelve for staff accounts). */
export const minPasswordLength = 12;

/**
 * Why a password is refused, in both admin languages, or undefined when it is fine: too
 * short, one character repeated, or one of the commonest passwords (case ignored).
 */
export function passwordProblem(password: string): string | undefined {
  if (password.length < minPasswordLength) {
    return (
      `Mot de passe trop court : ${minPasswordLength} caractères au moins. / ` +
      `Wachtwoord te kort: minstens ${minPasswordLength} tekens.`
    );
  }
  if (new Set(password).size < 4 || commonPasswords.has(password.toLowerCase())) {
    return (
      'Ce mot de passe est trop courant : choisissez-en un autre, par exemple une phrase. / ' +
      'Dit wachtwoord komt te vaak voor: kies een ander, bijvoorbeeld een zin.'
    );
  }
  return undefined;
}
