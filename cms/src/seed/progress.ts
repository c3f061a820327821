/** Prints `label n/total` lines: readable in a terminal and in CI logs alike. */
export function progress(label: string, total: number, log: (line: string) => void) {
  let done = 0;
  const every = Math.max(1, Math.floor(total / 10));
  return {
    tick() {
      done += 1;
      if (done === total || done % every === 0) log(`  ${label} ${done}/${total}`);
    },
  };
}
