import type { ServerFunctionHandler } from 'payload';
import { guardFormState } from './guardFormState.ts';
import { guardSchedulePublish } from './guardSchedulePublish.ts';

type ServerFunctions = NonNullable<Parameters<ServerFunctionHandler>[0]['serverFunctions']>;

/**
 * The admin's server functions the project replaces (passed to `handleServerFunctions`, which
 * prefers them to Payload's own): the same handlers behind an access check.
 */
export const serverFunctions: ServerFunctions = {
  'form-state': guardFormState,
  'schedule-publish': guardSchedulePublish,
};
