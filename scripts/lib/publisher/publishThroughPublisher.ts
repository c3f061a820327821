import net from 'node:net';
import { lineBuffer } from '../lineBuffer.ts';
import {
  parsePublisherOutcome,
  type PublisherOutcome,
  type PublisherRequest,
} from './publisherProtocol.ts';

/**
 * Asks the publisher listening on `socket` to run the publication, printing each line it sends
 * back. Resolves with its outcome; undefined when no publisher answers, when it refuses, or when
 * it stops mid-way without an outcome: the caller then publishes by itself.
 */
export function publishThroughPublisher(
  socket: string,
  request: PublisherRequest,
  print: (line: string) => void,
): Promise<Extract<PublisherOutcome, { status: 'succeeded' | 'failed' }> | undefined> {
  return new Promise((resolve) => {
    let outcome: PublisherOutcome | undefined;
    const connection = net.connect(socket);
    const onLine = (line: string) => {
      const parsed = parsePublisherOutcome(line);
      if (parsed) outcome = parsed;
      else print(line);
    };
    const lines = lineBuffer(onLine);
    connection.on('connect', () => connection.write(`${JSON.stringify(request)}\n`));
    connection.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    // No publisher (no socket, or one left by a publisher that died): not an error.
    connection.on('error', () => undefined);
    connection.on('close', () => {
      const rest = lines.rest();
      if (rest) onLine(rest);
      if (outcome?.status === 'refused') print(`The publisher refused: ${outcome.reason}.`);
      resolve(outcome?.status === 'refused' ? undefined : outcome);
    });
  });
}
