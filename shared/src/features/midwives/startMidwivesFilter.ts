/**
 * Progressive enhancement of the list of every midwife: two menus that combine a language
 * and a commune on the page itself ("arabe" in Schaerbeek), which the pre-rendered pages of
 * one filter each cannot. Without JavaScript the form stays hidden and those pages remain.
 */
export function startMidwivesFilter(): void {
  const form = document.querySelector<HTMLFormElement>('#midwives-combine');
  const language = form?.querySelector<HTMLSelectElement>('[name="language"]');
  const commune = form?.querySelector<HTMLSelectElement>('[name="commune"]');
  const status = document.querySelector<HTMLElement>('#midwives-combine-status');
  const items = [...document.querySelectorAll<HTMLElement>('.midwives > li')];
  if (!form || !language || !commune || !status) return;
  const plural = new Intl.PluralRules(form.dataset.locale);
  const update = () => {
    let shown = 0;
    for (const item of items) {
      const keep =
        (!language.value || (item.dataset.languages ?? '').split(' ').includes(language.value)) &&
        (!commune.value || (item.dataset.communes ?? '').split(' ').includes(commune.value));
      item.hidden = !keep;
      if (keep) shown += 1;
    }
    const template =
      plural.select(shown) === 'one' ? form.dataset.countOne : form.dataset.countOther;
    status.textContent = (template ?? '').replace(
      '{{count}}',
      shown.toLocaleString(form.dataset.locale),
    );
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
}
