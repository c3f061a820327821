import type { AssistantIndex } from './assistantIndex.ts';
import { prepareIndex, rankAnswers, type PreparedIndex, type RankedAnswer } from './rankAnswers.ts';

/** How much of an answer each proposal shows. */
const excerptLength = 160;

function fill(template: string | undefined, values: Record<string, string>): string {
  return (template ?? '').replace(/{{(\w+)}}/g, (_, name: string) => values[name] ?? '');
}

function excerpt(text: string): string {
  return text.length <= excerptLength ? text : `${text.slice(0, excerptLength).trimEnd()}…`;
}

function resultItem({ doc }: RankedAnswer, text: DOMStringMap): HTMLLIElement {
  const item = document.createElement('li');
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.textContent = (doc.kind === 'faq' ? text.kindFaq : text.kindArticle) ?? '';
  const link = document.createElement('a');
  link.href = doc.url;
  link.textContent = doc.title;
  const summary = document.createElement('p');
  summary.textContent = excerpt(doc.text);
  item.append(kind, link, summary);
  return item;
}

/**
 * The FAQ assistant in the browser: shows its form, downloads the language's index on the
 * first question (nothing is sent anywhere: the question never leaves the page), ranks the
 * answers and announces their number through the status live region; with none, it offers
 * the contact page.
 */
export function startFaqAssistant(): void {
  const root = document.querySelector<HTMLElement>('#faq-assistant');
  const form = root?.querySelector('form');
  const input = document.querySelector<HTMLInputElement>('#faq-assistant-input');
  const status = document.querySelector<HTMLElement>('#faq-assistant-status');
  const list = document.querySelector<HTMLOListElement>('#faq-assistant-results');
  const contact = document.querySelector<HTMLElement>('#faq-assistant-contact');
  if (!root || !form || !input || !status || !list || !contact) return;
  const text = root.dataset;
  const plural = new Intl.PluralRules(text.locale);
  let index: Promise<PreparedIndex> | undefined;
  const load = () =>
    (index ??= fetch(text.index ?? '')
      .then((response) => {
        if (!response.ok) throw new Error(`assistant index: HTTP ${response.status}`);
        return response.json() as Promise<AssistantIndex>;
      })
      .then(prepareIndex));

  const ask = async (question: string) => {
    list.replaceChildren();
    list.hidden = true;
    contact.hidden = true;
    if (!question) {
      status.textContent = text.empty ?? '';
      return;
    }
    status.textContent = text.searching ?? '';
    try {
      const answers = rankAnswers(await load(), question);
      list.append(...answers.map((answer) => resultItem(answer, text)));
      list.hidden = answers.length === 0;
      contact.hidden = answers.length > 0;
      const count = answers.length;
      const template =
        count === 0
          ? text.none
          : plural.select(count) === 'one'
            ? text.resultsOne
            : text.resultsOther;
      status.textContent = fill(template, { count: count.toLocaleString(text.locale) });
    } catch {
      index = undefined;
      status.textContent = text.unavailable ?? '';
      contact.hidden = false;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void ask(input.value.trim());
  });
  root.hidden = false;
}
