import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake Bruxelles Social answers to the organisation list, changed between loads. */
export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

export const jsonAnswer = (body: unknown): Answer => ({
  status: 200,
  contentType: 'application/json',
  body: JSON.stringify(body),
});

/**
 * A real HTTP server on 127.0.0.1 standing in for https://social.brussels/rest: the loader
 * goes through Node's fetch, sockets and timeouts, as in a build.
 */
export async function startOpenDataServer(initial: Answer) {
  let answer = initial;
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(answer.status, { 'content-type': answer.contentType });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/rest`,
    requests,
    answer: (next: Answer) => {
      answer = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
