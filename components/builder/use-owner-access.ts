"use client";

import { useCallback, useEffect, useState } from "react";
import { forgetToken, recallToken, rememberToken, takeTokenFromFragment } from "./token-store";

export type Access =
  | { kind: "checking" }
  | { kind: "owner"; token: string }
  /** No owner key in this browser or the link: a read-only view. */
  | { kind: "none" }
  /** A key was presented and it is not this build's. `stored`: it came from this browser's storage. */
  | { kind: "wrong"; message: string; stored: boolean }
  | { kind: "error"; message: string };

type Source = "link" | "stored" | "pasted";

/** The token in a pasted owner link ("…/edit#token=…") or a bare token; null when it is neither. */
export function tokenFromInput(input: string): string | null {
  const text = input.trim();
  const fromLink = /[#&]token=([A-Za-z0-9_-]{1,200})\s*$/.exec(text);
  if (fromLink?.[1]) return fromLink[1];
  return /^[A-Za-z0-9_-]{1,200}$/.test(text) ? text : null;
}

async function askServer(buildId: string, token: string): Promise<{ owner: boolean; message: string } | { failed: string }> {
  try {
    const response = await fetch(`/api/builds/${encodeURIComponent(buildId)}/token-check`, { headers: { authorization: `Bearer ${token}` } });
    const json = (await response.json().catch(() => ({}))) as { owner?: boolean; message?: string };
    if (response.ok) return { owner: json.owner === true, message: json.message ?? "" };
    if (response.status === 404) return { failed: "This build no longer exists: it was deleted, so nobody can edit it." };
    if (response.status === 429) return { failed: `${json.message ?? "Too many checks in a short time"}. Reload the page to try again.` };
    return { failed: json.message ?? `The owner key could not be checked (HTTP ${response.status}).` };
  } catch {
    return { failed: "The owner key could not be checked: the server did not answer. Reload the page to try again." };
  }
}

/**
 * Whether this browser may edit a saved build. The key comes from the owner link's fragment, this
 * browser's storage, or a paste, and is checked with the server before any owner action is
 * offered; a key is remembered only once the server has confirmed it.
 */
export function useOwnerAccess(buildId: string | null) {
  const [access, setAccess] = useState<Access>({ kind: buildId ? "checking" : "none" });

  const check = useCallback(async (token: string, source: Source) => {
    if (!buildId) return;
    setAccess({ kind: "checking" });
    const answer = await askServer(buildId, token);
    if ("failed" in answer) return setAccess({ kind: "error", message: answer.failed });
    if (answer.owner) {
      rememberToken(buildId, token);
      return setAccess({ kind: "owner", token });
    }
    const message =
      source === "stored"
        ? "The owner key saved in this browser is not this build's (the build may have been re-created). You can forget it, paste the right owner link, or fork the build."
        : source === "link"
          ? "The owner link you opened carries a key that is not this build's: check that it was copied whole."
          : "That is not this build's edit token: check that you copied the whole owner link or token.";
    setAccess({ kind: "wrong", message, stored: source === "stored" });
  }, [buildId]);

  useEffect(() => {
    if (!buildId) return;
    // After hydration: the token is only ever in the fragment or this browser's storage.
    const fromLink = takeTokenFromFragment();
    const stored = recallToken(buildId);
    const token = fromLink ?? stored;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reads browser-only state once
    if (!token) setAccess({ kind: "none" });
    else void check(token, fromLink ? "link" : "stored");
  }, [buildId, check]);

  /** Checks a pasted owner link or token; false when the text is neither. */
  const tryInput = useCallback((input: string): boolean => {
    const token = tokenFromInput(input);
    if (!token) return false;
    void check(token, "pasted");
    return true;
  }, [check]);

  const forgetStored = useCallback(() => {
    if (!buildId) return;
    forgetToken(buildId);
    setAccess({ kind: "none" });
  }, [buildId]);

  return { access, tryInput, forgetStored };
}
