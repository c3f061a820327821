import { locales, newsletterItemPath } from '@portals/content-models';
import { agendaItemPath } from '@portals/shared/features/agenda/agendaPaths.ts';
import { newsletterOutcomePath } from '@portals/shared/features/newsletter/newsletterPaths.ts';
import { articlePath } from '@portals/shared/site';
import { describe, expect, it } from 'vitest';

describe('newsletter links', () => {
  it.each(locales)('link items of the %s e-mails to the pages the kit builds', (locale) => {
    expect(newsletterItemPath('news', locale, 'un-article')).toBe(
      articlePath(locale, 'un-article'),
    );
    expect(newsletterItemPath('event', locale, 'un-rendez-vous')).toBe(
      agendaItemPath(locale, 'un-rendez-vous'),
    );
  });

  it('sends a refused sign-up to the error page of its reason', () => {
    expect(newsletterOutcomePath('nl', 'refused-rate-limited')).toBe(
      '/nl/nieuwsbrief/fout/rate-limited/',
    );
  });
});
