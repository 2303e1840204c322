"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { BuildDraft } from "@/lib/builds/draft";
import type { BuilderMode } from "./builder";
import { rememberBuild } from "./build-registry-store";
import { clearDraft } from "./draft-store";
import { handOffOwnerLink } from "./owner-handoff";
import { createBuildRequest, updateBuildRequest, type SaveOutcome } from "./save-build";
import { rememberToken } from "./token-store";

export interface SaveState {
  run: () => Promise<void>;
  busy: boolean;
  outcome: SaveOutcome | null;
  version: number | null;
}

/**
 * One build per save: a new build is created once, and the page then becomes that build's editor
 * (its URL, its version), where the owner link is shown in place; every later save updates it with
 * the version it loaded, so a concurrent save elsewhere is detected instead of overwritten.
 */
export function useSave(mode: BuilderMode, draft: BuildDraft, token: string | null, name: string): SaveState {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [version, setVersion] = useState<number | null>(mode.kind === "edit" ? mode.version : null);

  async function run() {
    if (busy) return;
    setBusy(true);
    try {
      if (mode.kind === "new") {
        const result = await createBuildRequest(draft);
        if (result.kind === "created") {
          rememberToken(result.id, result.editToken);
          rememberBuild(result.id, name);
          clearDraft();
          handOffOwnerLink(result.id, "saved");
          // Stays busy: the editor of the saved build replaces this page, so no second POST can start.
          router.replace(`/b/${result.id}/edit`);
          return;
        }
        setOutcome(result);
      } else if (token && version !== null) {
        const result = await updateBuildRequest(mode.buildId, token, version, draft);
        if (result.kind === "updated") {
          setVersion(result.version);
          rememberBuild(mode.buildId, name);
        }
        setOutcome(result);
      }
      setBusy(false);
    } catch (error) {
      setBusy(false);
      throw error;
    }
  }

  return { run, busy, outcome, version };
}
