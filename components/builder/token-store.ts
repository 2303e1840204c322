// Edit tokens live in this browser only: localStorage, keyed by build id.
const key = (buildId: string) => `dlbox:edit-token:${buildId}`;

export function rememberToken(buildId: string, token: string): void {
  try {
    localStorage.setItem(key(buildId), token);
  } catch {
    // Storage disabled: the owner link still works when opened again.
  }
}

export function recallToken(buildId: string): string | null {
  try {
    return localStorage.getItem(key(buildId));
  } catch {
    return null;
  }
}

export function forgetToken(buildId: string): void {
  try {
    localStorage.removeItem(key(buildId));
  } catch {
    // Nothing to forget.
  }
}

/** Reads #token=... from the owner link, remembers it, and removes it from the address bar. */
export function takeTokenFromFragment(buildId: string): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!match?.[1]) return null;
  rememberToken(buildId, match[1]);
  history.replaceState(null, "", window.location.pathname + window.location.search);
  return match[1];
}
