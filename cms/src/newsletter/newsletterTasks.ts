import { sendEditionTask } from './sendEditionTask.ts';

/** The newsletter's jobs on Payload's queue. */
export const newsletterTasks = [sendEditionTask];
