/** What the form endpoint answers a script: `{ ok: true }` or each wrong field's message. */
interface FormReply {
  ok?: boolean;
  errors?: Record<string, string>;
}

function clearErrors(form: HTMLFormElement): void {
  for (const message of form.querySelectorAll('.field-error')) message.remove();
  for (const field of form.querySelectorAll('[aria-invalid]')) {
    field.removeAttribute('aria-invalid');
    const describedBy = (field.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && !id.endsWith('-error'))
      .join(' ');
    if (describedBy) field.setAttribute('aria-describedby', describedBy);
    else field.removeAttribute('aria-describedby');
  }
}

/** Ties a message to its field (GOV.UK error message) and returns the field's id. */
function markField(form: HTMLFormElement, name: string, message: string): string | null {
  const field = form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
  if (!field) return null;
  const error = document.createElement('p');
  error.className = 'field-error';
  error.id = `${field.id}-error`;
  error.textContent = message;
  field.before(error);
  field.setAttribute('aria-invalid', 'true');
  const describedBy = field.getAttribute('aria-describedby');
  field.setAttribute('aria-describedby', [describedBy, error.id].filter(Boolean).join(' '));
  return field.id;
}

/** Lists the errors in the summary, each linking to its field, and moves focus there. */
function showErrors(form: HTMLFormElement, summary: HTMLElement, errors: Record<string, string>) {
  const list = summary.querySelector('ul');
  if (!list) return;
  list.replaceChildren();
  for (const [name, message] of Object.entries(errors)) {
    const fieldId = markField(form, name, message);
    const item = document.createElement('li');
    if (fieldId) {
      const link = document.createElement('a');
      link.href = `#${fieldId}`;
      link.textContent = message;
      item.append(link);
    } else {
      item.textContent = message;
    }
    list.append(item);
  }
  summary.hidden = false;
  summary.focus();
}

/**
 * Sends the form in place (issue #12): the page's load time becomes the fill-time start, the
 * answer's errors are shown GOV.UK's way (summary focused, each message tied to its field),
 * and success goes to the thank-you page. Any failure to reach the CMS falls back to the plain
 * post, which works without this script.
 */
export function enhanceReaderForm(form: HTMLFormElement): void {
  const started = form.querySelector<HTMLInputElement>('[data-started]');
  if (started) started.value = String(Date.now());
  const summary = document.getElementById(form.dataset.summary ?? '');
  const status = form.querySelector<HTMLElement>('[role="status"]');
  form.addEventListener('submit', (event) => {
    if (!summary) return;
    event.preventDefault();
    clearErrors(form);
    if (status) status.textContent = form.dataset.sending ?? '';
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string') body.append(name, value);
    }
    fetch(form.action, { method: 'POST', body, headers: { accept: 'application/json' } })
      .then(async (response) => {
        const reply = (await response.json()) as FormReply;
        if (reply.ok) {
          window.location.assign(form.dataset.thanks ?? '/');
          return;
        }
        if (status) status.textContent = '';
        showErrors(form, summary, reply.errors ?? {});
      })
      .catch(() => form.submit());
  });
}
