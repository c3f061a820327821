import { lineBuffer } from './lineBuffer.ts';

/**
 * Hands every line this process writes to its stdout and stderr to `onLine` as well, until the
 * returned function is called (which also passes on an unfinished last line). What an
 * in-process build prints, the caller reads as it would a child's output.
 */
export function teeOutput(onLine: (line: string) => void): () => void {
  const restores = [process.stdout, process.stderr].map((stream) => {
    // Called back on the stream itself, below, and put back as it was.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const original = stream.write;
    const lines = lineBuffer(onLine);
    stream.write = function (
      this: NodeJS.WriteStream,
      chunk: string | Uint8Array,
      ...rest: unknown[]
    ): boolean {
      lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
      return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    };
    return () => {
      stream.write = original;
      const rest = lines.rest();
      if (rest) onLine(rest);
    };
  });
  return () => restores.forEach((restore) => restore());
}
