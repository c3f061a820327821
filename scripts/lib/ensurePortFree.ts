import { createServer } from 'node:net';

/** Fails early, naming the port, when something already listens where we are about to. */
export function ensurePortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(
        new Error(
          `Port ${port} (${what}) is already in use: is another \`npm start\` running? ` +
            `Stop it, or free the port (for example \`lsof -i :${port}\`).`,
        ),
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}
