import { uiStrings, createTranslator, type UiKey } from '@portals/shared/i18n';

// `npx tsx scripts/bench/i18n.ts [lookups]`: what i18next costs a build. A page asks a dozen
// strings, most without options (labels), some with a count or a name: one call in four
// below takes options. i18next is timed as pages use it (labels memoised) against a plain
// lookup (a table per locale, plural suffix by Intl, placeholder replace), the hand-written
// engine it replaced, so the difference is what the library costs.

type Lookup = (key: UiKey, options?: Record<string, string | number>) => string;

const labels = Object.keys(uiStrings.fr).filter((key) => !/_(one|other)$/.test(key)) as UiKey[];

/** Times `lookups` calls of `translate` over the key mix; returns milliseconds. */
function time(translate: Lookup, lookups: number): number {
  const start = performance.now();
  for (let i = 0; i < lookups; i += 1) {
    if (i % 4 === 0) translate('search.results', { count: i % 3, query: 'visite' });
    else translate(labels[i % labels.length] as UiKey);
  }
  return performance.now() - start;
}

function plainLookup(): Lookup {
  const table = new Map<string, string>(Object.entries({ ...uiStrings.fr, ...uiStrings.nl }));
  const plural = new Intl.PluralRules('nl');
  return (key, options) => {
    const count = options?.count;
    const text =
      (typeof count === 'number' ? table.get(`${key}_${plural.select(count)}`) : undefined) ??
      table.get(key) ??
      key;
    if (!options) return text;
    return text.replace(/{{(.+?)}}/g, (match, name: string) =>
      String(options[name.trim()] ?? match),
    );
  };
}

/** "i18n: N lookups in X ms (i18next, memoised) vs Y ms (plain lookup)". */
export function benchI18n(lookups = 100_000): string {
  const i18next = createTranslator('nl');
  const plain = plainLookup();
  // Warm up, so the instance's initialisation and the JIT do not count.
  time(i18next, 2_000);
  time(plain, 2_000);
  const withI18next = time(i18next, lookups);
  const withPlain = time(plain, lookups);
  return `i18n: ${lookups.toLocaleString('en')} lookups in ${withI18next.toFixed(1)} ms (i18next, memoised) vs ${withPlain.toFixed(1)} ms (plain lookup); one in four with options`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(benchI18n(Number(process.argv[2] ?? 100_000)));
}
