"use client";

import { useEffect, useState } from "react";
import type { BuildDraft } from "@/lib/builds/draft";
import type { BuilderMode } from "./builder";
import { createBuildRequest, updateBuildRequest, type SaveOutcome } from "./save-build";
import { recallToken, rememberToken, takeTokenFromFragment } from "./token-store";

export interface SaveState {
  run: () => Promise<void>;
  busy: boolean;
  outcome: SaveOutcome | null;
  token: string | null;
  setToken: (token: string) => void;
  version: number | null;
}

/** Saving for both modes; an edit keeps the version it loaded so a concurrent save is detected. */
export function useSave(mode: BuilderMode, draft: BuildDraft): SaveState {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [token, setTokenState] = useState<string | null>(null);
  const [version, setVersion] = useState<number | null>(mode.kind === "edit" ? mode.version : null);
  const buildId = mode.kind === "edit" ? mode.buildId : null;

  useEffect(() => {
    // Runs after hydration: the token is only ever in the fragment or this browser's storage.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (buildId) setTokenState(takeTokenFromFragment(buildId) ?? recallToken(buildId));
  }, [buildId]);

  async function run() {
    setBusy(true);
    try {
      if (mode.kind === "new") {
        const result = await createBuildRequest(draft);
        if (result.kind === "created") rememberToken(result.id, result.editToken);
        setOutcome(result);
      } else if (token && version !== null) {
        const result = await updateBuildRequest(mode.buildId, token, version, draft);
        if (result.kind === "updated") setVersion(result.version);
        setOutcome(result);
      }
    } finally {
      setBusy(false);
    }
  }

  const setToken = (value: string) => {
    setTokenState(value);
    if (buildId && value) rememberToken(buildId, value);
  };
  return { run, busy, outcome, token, setToken, version };
}
