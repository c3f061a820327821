import net from 'node:net';
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
    let pending = '';
    const connection = net.connect(socket);
    const onLine = (line: string) => {
      const parsed = parsePublisherOutcome(line);
      if (parsed) outcome = parsed;
      else print(line);
    };
    connection.on('connect', () => connection.write(`${JSON.stringify(request)}\n`));
    connection.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    // No publisher (no socket, or one left by a publisher that died): not an error.
    connection.on('error', () => undefined);
    connection.on('close', () => {
      if (pending) onLine(pending);
      if (outcome?.status === 'refused') print(`The publisher refused: ${outcome.reason}.`);
      resolve(outcome?.status === 'refused' ? undefined : outcome);
    });
  });
}
