/**
 * Cuts text that arrives in chunks (a child's output, a socket, a stream's writes) into lines:
 * each complete line goes to `onLine` as it arrives; `rest()` gives back, once, the unfinished
 * last line, for the caller to pass on or drop when the text ends.
 */
export function lineBuffer(onLine: (line: string) => void): {
  push: (chunk: string) => void;
  rest: () => string;
} {
  let pending = '';
  return {
    push: (chunk) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach((line) => onLine(line));
    },
    rest: () => {
      const last = pending;
      pending = '';
      return last;
    },
  };
}
