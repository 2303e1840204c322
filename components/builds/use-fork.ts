"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { rememberBuild } from "@/components/builder/build-registry-store";
import { handOffOwnerLink } from "@/components/builder/owner-handoff";
import { rememberToken } from "@/components/builder/token-store";

/** Fork: a new build owned by this browser, opened in its editor with its owner link shown like a save's. */
export function useFork(buildId: string) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function fork() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/builds/${encodeURIComponent(buildId)}/fork`, { method: "POST" });
      const json = await response.json();
      if (!response.ok) throw new Error(json.message ?? `HTTP ${response.status}`);
      rememberToken(json.id, json.editToken);
      rememberBuild(json.id, json.name ?? "");
      handOffOwnerLink(json.id, "forked");
      router.push(`/b/${json.id}/edit`);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Fork failed");
      setBusy(false);
    }
  }

  return { fork, busy, error };
}
