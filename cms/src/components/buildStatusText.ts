import { portalList } from '@portals/content-models';
import type { PortalBuildStatus } from '../publish/buildStatus.ts';

type Language = 'fr' | 'nl';

export const portalName = (id: string, language: Language) =>
  portalList.find((portal) => portal.id === id)?.name[language] ?? id;

/** "il y a 3 min" / "3 min geleden". */
export function ago(iso: string, language: Language, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = new Intl.RelativeTimeFormat(language === 'nl' ? 'nl-BE' : 'fr-BE', {
    numeric: 'auto',
  });
  if (Math.abs(seconds) < 60) return format.format(seconds, 'second');
  if (Math.abs(seconds) < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (Math.abs(seconds) < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86_400), 'day');
}

/** One short sentence: where the portal's publication stands. */
export function statusSentence(status: PortalBuildStatus, language: Language): string {
  const fr = language === 'fr';
  if (status.running || status.queued) {
    const eta = status.liveInSeconds ?? 0;
    const what = status.running
      ? fr
        ? 'publication en cours'
        : 'publicatie bezig'
      : fr
        ? 'publication en attente'
        : 'publicatie in de wachtrij';
    return fr ? `${what}, en ligne dans ~${eta} s` : `${what}, online over ~${eta} s`;
  }
  if (status.last?.status === 'failed') {
    return fr
      ? 'la dernière publication a échoué : le site en ligne n’a pas changé'
      : 'de laatste publicatie is mislukt: de online site is niet gewijzigd';
  }
  if (status.liveSince) {
    return fr
      ? `à jour, publié ${ago(status.liveSince, language)}`
      : `up-to-date, gepubliceerd ${ago(status.liveSince, language)}`;
  }
  return fr ? 'pas encore publié' : 'nog niet gepubliceerd';
}
