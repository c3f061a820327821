/** Where an `astro build` spends its time, read from the lines it prints, in seconds. */
export interface AstroPhases {
  /** Process start, configuration and integrations, up to the content sync. */
  startup: number;
  /** The content layer reading the CMS (changed documents only after the first build), types. */
  sync: number;
  /** Vite bundling the server and client entrypoints. */
  bundle: number;
  /** Rendering (or copying from the incremental cache) every page, and what follows. */
  pages: number;
}

// Astro 7's own wording (uncoloured: its output is a pipe, not a terminal); a line that no
// longer matches leaves its phase at 0, never fails.
const markers: [keyof AstroPhases, RegExp][] = [
  ['startup', /Syncing content/],
  ['sync', /Collecting build info/],
  ['bundle', /(prerendering|generating) static routes/],
  ['pages', /\bComplete!/],
];

/** A line listener for `buildSite`'s `onBuildLine`, and the phases measured so far. */
export function astroPhaseClock(): {
  onLine: (line: string) => void;
  phases: () => AstroPhases;
} {
  const started = performance.now();
  const seen = new Map<keyof AstroPhases, number>();
  return {
    onLine: (line) => {
      for (const [phase, marker] of markers) {
        if (!seen.has(phase) && marker.test(line)) seen.set(phase, performance.now());
      }
    },
    phases: () => {
      let previous = started;
      const result = { startup: 0, sync: 0, bundle: 0, pages: 0 };
      for (const [phase] of markers) {
        const at = seen.get(phase);
        if (at === undefined) continue;
        result[phase] = (at - previous) / 1000;
        previous = at;
      }
      return result;
    },
  };
}
