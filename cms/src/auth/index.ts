export { commonPasswords } from './commonPasswords.ts';
export { attemptsBeforeLock, LoginThrottle } from './loginThrottle.ts';
export { minPasswordLength, passwordProblem } from './passwordProblem.ts';
