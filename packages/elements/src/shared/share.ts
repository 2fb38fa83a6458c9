/** What happened when the visitor asked to share or copy a link. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** True when the browser offers its own share sheet (most phones, some desktops). */
export function canShare(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

/** Opens the browser's share sheet. A visitor closing it is `cancelled`, not an error. */
export async function shareLink(data: { title: string; url: string }): Promise<ShareOutcome> {
  if (!canShare()) return copyLink(data.url);
  try {
    await navigator.share({ title: data.title, url: data.url });
    return 'shared';
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    return copyLink(data.url);
  }
}

/**
 * Copies a link to the clipboard: the Clipboard API when the page may use it, else the
 * older selection-based copy (pages in iframes, insecure origins).
 */
export async function copyLink(url: string): Promise<ShareOutcome> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard) {
      await navigator.clipboard.writeText(url);
      return 'copied';
    }
  } catch {
    // Permission refused or no focus: try the selection-based copy below.
  }
  return copyWithSelection(url) ? 'copied' : 'failed';
}

function copyWithSelection(text: string): boolean {
  if (typeof document === 'undefined') return false;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;inset-block-start:-100vh;opacity:0';
  const active = deepActiveElement();
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    // Deprecated, but the only way left when the Clipboard API is refused.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  if (active instanceof HTMLElement) active.focus();
  return copied;
}

/** The focused element, looking inside shadow roots, so focus returns to the button. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
