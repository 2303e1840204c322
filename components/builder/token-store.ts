// Edit tokens live in this browser only: localStorage, keyed by build id.
const PREFIX = "dlbox:edit-token:";
const key = (buildId: string) => `${PREFIX}${buildId}`;

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

/** Every build id this browser holds an owner key for (bounded by what localStorage holds). */
export function ownedBuildIds(): string[] {
  const ids: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith(PREFIX)) ids.push(k.slice(PREFIX.length));
    }
  } catch {
    // Storage disabled: no keys.
  }
  return ids;
}

/** Reads #token=... from the owner link and removes it from the address bar; the caller decides whether to keep it. */
export function takeTokenFromFragment(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]{1,200})/.exec(window.location.hash);
  if (!match?.[1]) return null;
  history.replaceState(null, "", window.location.pathname + window.location.search);
  return match[1];
}

/** The owner link of a build, as saves and forks show it. */
export function ownerLink(buildId: string, token: string): string {
  return `${window.location.origin}/b/${buildId}/edit#token=${token}`;
}
