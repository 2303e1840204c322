/**
 * Moves focus among the picker's "Add" buttons: from `from` (or before the first when null) by
 * `step`. False when there is nowhere to go, so the caller can leave the key to the browser.
 */
export function moveAmongResults(list: HTMLElement | null, from: HTMLElement | null, step: 1 | -1): boolean {
  if (!list) return false;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>("button[data-pick]")];
  const at = from ? buttons.indexOf(from as HTMLButtonElement) : -1;
  const next = buttons[at + step];
  if (!next) return false;
  next.focus();
  return true;
}
