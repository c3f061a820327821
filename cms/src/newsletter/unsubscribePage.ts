import { getPortal, type Locale } from '@portals/content-models';
import { escapeHtml } from './escapeHtml.ts';
import type { LinkScope } from './newsletterLinks.ts';

const wording = {
  fr: {
    title: (portal: string) => `Se désinscrire de la lettre de ${portal}`,
    text: 'Vous ne recevrez plus la lettre d’information à cette adresse.',
    button: 'Me désinscrire',
  },
  nl: {
    title: (portal: string) => `Uitschrijven voor de nieuwsbrief van ${portal}`,
    text: 'U ontvangt de nieuwsbrief niet meer op dit adres.',
    button: 'Mij uitschrijven',
  },
} satisfies Record<Locale, unknown>;

/**
 * The page the unsubscribe link opens: one button that POSTs. Opening a link must change
 * nothing, since mail scanners open every link of a message; a click on the button does.
 */
export function unsubscribePage(scope: LinkScope, action: string): string {
  const words = wording[scope.locale];
  const title = words.title(getPortal(scope.portal).name[scope.locale]);
  return `<!doctype html>
<html lang="${scope.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(words.text)}</p>
<form method="post" action="${escapeHtml(action)}">
<button type="submit">${escapeHtml(words.button)}</button>
</form>
</main>
</body>
</html>`;
}
