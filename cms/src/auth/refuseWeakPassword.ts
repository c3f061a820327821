import { ValidationError, type CollectionBeforeOperationHook } from 'payload';
import { passwordProblem } from './passwordProblem.ts';

const settingPassword = new Set(['create', 'update', 'resetPassword']);

/**
 * Refuses a weak password wherever one is set: account creation (first user and seed
 * included), a change from the account page and a reset from an e-mailed link. Payload
 * hashes the password before any field validation sees it, so the check runs here.
 */
export const refuseWeakPassword: CollectionBeforeOperationHook = ({ args, operation }) => {
  const data = (args as { data?: { password?: unknown } }).data;
  if (!settingPassword.has(operation) || typeof data?.password !== 'string') return args;
  const problem = passwordProblem(data.password);
  if (problem) {
    throw new ValidationError({ errors: [{ path: 'password', message: problem }] });
  }
  return args;
};
