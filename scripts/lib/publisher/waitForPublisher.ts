import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Portal } from '@portals/content-models';
import { publisherFiles } from './publisherFiles.ts';

/** True when the portal's publisher accepts a connection (it listens once warmed up). */
export function publisherAnswers(portal: Portal): Promise<boolean> {
  return new Promise((resolve) => {
    const connection = net.connect(publisherFiles(portal).socket, () => {
      connection.destroy();
      resolve(true);
    });
    connection.on('error', () => resolve(false));
  });
}

/** Waits until the portal's publisher answers: for the tests and the bench, which time it. */
export async function waitForPublisher(portal: Portal, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await publisherAnswers(portal))) {
    if (Date.now() > deadline) {
      throw new Error(`No publisher of ${portal.id} on ${publisherFiles(portal).socket}.`);
    }
    await sleep(250);
  }
}
