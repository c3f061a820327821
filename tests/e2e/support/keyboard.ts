import type { Page } from 'playwright-core';

/** The element that has the focus, as a keyboard user meets it. */
export interface Focused {
  tag: string;
  /** Its accessible name, near enough: aria-label, else its text, else an image's alt. */
  name: string;
  href: string | null;
  /** An outline or a shadow shows where the focus is (WCAG 2.4.7), and it has a size. */
  visible: boolean;
}

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
    const box = element.getBoundingClientRect();
    const text = (element as HTMLElement).innerText || element.textContent || '';
    const alt = element.querySelector('img')?.getAttribute('alt') ?? '';
    return {
      tag: element.tagName.toLowerCase(),
      name: (element.getAttribute('aria-label') ?? (text.trim() || alt)).replace(/\s+/g, ' '),
      href: element.getAttribute('href'),
      visible: (outlined || shadowed) && box.width > 0 && box.height > 0,
    };
  });
}

/**
 * Presses Tab until the focused element matches (at most `limit` times), as a keyboard user
 * moves through a page. Every element focused on the way must show its focus: those that do
 * not are added to `unseen`. Throws, naming what was focused, when nothing matched.
 */
export async function tabTo(
  page: Page,
  matches: (element: Focused) => boolean,
  unseen: string[],
  limit = 200,
): Promise<Focused> {
  const passed: string[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (!element) continue;
    const label = `${element.tag} "${element.name}"${element.href ? ` (${element.href})` : ''}`;
    if (!element.visible) unseen.push(`${new URL(page.url()).pathname}: ${label}`);
    if (matches(element)) return element;
    passed.push(label);
  }
  throw new Error(
    `no match after ${limit} Tab presses on ${page.url()}; focused: ${passed.slice(0, 40).join(', ')}`,
  );
}
