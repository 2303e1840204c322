import type { BuildDraft } from "@/lib/builds/draft";

export type SaveOutcome =
  | { kind: "created"; id: string; editToken: string; url: string; editUrl: string }
  | { kind: "updated"; version: number }
  | { kind: "conflict"; message: string }
  | { kind: "refused"; message: string }
  | { kind: "invalid"; message: string; fieldErrors?: Record<string, string[]> }
  | { kind: "failed"; message: string };

async function outcomeOf(response: Response): Promise<SaveOutcome> {
  const json = await response.json().catch(() => ({}));
  const message: string = json.message ?? `HTTP ${response.status}`;
  if (response.status === 201) return { kind: "created", ...json };
  if (response.ok) return { kind: "updated", version: json.version };
  if (response.status === 409) return { kind: "conflict", message };
  if (response.status === 401 || response.status === 403) return { kind: "refused", message };
  if (response.status === 400 || response.status === 422) return { kind: "invalid", message, fieldErrors: json.fieldErrors };
  return { kind: "failed", message };
}

export async function createBuildRequest(draft: BuildDraft): Promise<SaveOutcome> {
  try {
    return await outcomeOf(await fetch("/api/builds", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(draft) }));
  } catch {
    return { kind: "failed", message: "Network error: nothing was saved" };
  }
}

export async function updateBuildRequest(id: string, token: string, version: number, draft: BuildDraft): Promise<SaveOutcome> {
  try {
    const response = await fetch(`/api/builds/${encodeURIComponent(id)}`, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ ...draft, version }),
    });
    return await outcomeOf(response);
  } catch {
    return { kind: "failed", message: "Network error: nothing was saved" };
  }
}
