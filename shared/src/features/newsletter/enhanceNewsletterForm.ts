/** What the CMS answers a script's post: accepted, or a message per field (`form` for all). */
interface Answer {
  ok?: boolean;
  errors?: Record<string, string>;
}

/**
 * With a script, the sign-up form posts in place and shows the CMS's refusal above the form
 * (GOV.UK's error summary: focused, each message tied to its field); without one, the plain
 * post and the CMS's redirect do the same job. Also dates the `started` field from page load.
 */
export function enhanceNewsletterForm(form: HTMLFormElement): void {
  const started = form.querySelector<HTMLInputElement>('[data-started]');
  if (started) started.value = String(Date.now());
  const summary = document.querySelector<HTMLElement>('[data-error-summary]');
  const list = summary?.querySelector('[data-error-list]');
  const status = form.querySelector<HTMLElement>('[data-status]');
  const email = form.querySelector<HTMLInputElement>('input[name="email"]');
  const fieldError = document.getElementById('newsletter-email-error');

  function showErrors(errors: Record<string, string>) {
    if (!summary || !list) return;
    list.replaceChildren(
      ...Object.values(errors).map((message) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        // The form has one field: every message leads to it.
        link.href = '#newsletter-email';
        link.textContent = message;
        item.append(link);
        return item;
      }),
    );
    if (errors.email && email && fieldError) {
      fieldError.textContent = errors.email;
      fieldError.hidden = false;
      email.setAttribute('aria-describedby', 'newsletter-email-hint newsletter-email-error');
      email.setAttribute('aria-invalid', 'true');
    }
    summary.hidden = false;
    summary.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (status) status.textContent = form.dataset.sending ?? '';
    fetch(form.action, {
      method: 'POST',
      headers: { accept: 'application/json' },
      body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
    })
      .then(async (response) => {
        const answer = (await response.json()) as Answer;
        if (answer.ok) {
          window.location.assign(form.dataset.thanks ?? '/');
          return;
        }
        if (status) status.textContent = '';
        showErrors(answer.errors ?? {});
      })
      // Unreachable CMS or blocked request: fall back to the plain post.
      .catch(() => form.submit());
  });
}
