import type { CreatedBuild } from "@/lib/services/builds";
import type { ImportView } from "@/lib/services/import-view";

export type ImportResult =
  | { kind: "preview"; view: ImportView }
  | { kind: "saved"; view: ImportView; created: CreatedBuild }
  | { kind: "error"; message: string; code?: string };

/** Our JSON export starts with "{"; anything else is read as a PCPartPicker list. */
export const looksLikeJson = (text: string) => text.trimStart().startsWith("{");

/** Line -> the catalog part it becomes, or null to keep it custom. */
export type ImportChoices = Record<number, string | null>;

export async function importRequest(text: string, opts: { save?: boolean; name?: string; choices?: ImportChoices } = {}): Promise<ImportResult> {
  const endpoint = looksLikeJson(text) ? "/api/import/json" : "/api/import/pcpartpicker";
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        text, ...(opts.save ? { save: true } : {}), ...(opts.name?.trim() ? { name: opts.name.trim() } : {}),
        ...(opts.choices && Object.keys(opts.choices).length > 0 ? { choices: Object.entries(opts.choices).map(([line, partId]) => ({ line: Number(line), partId })) } : {}),
      }),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      const fields = json.fieldErrors ? ` ${Object.entries(json.fieldErrors as Record<string, string[]>).map(([k, v]) => `${k}: ${v.join("; ")}`).join(" ")}` : "";
      return { kind: "error", message: `${json.message ?? `HTTP ${response.status}`}${fields}`, code: json.code };
    }
    const { id, editToken, url, editUrl, ...view } = json;
    return response.status === 201 ? { kind: "saved", view: view as ImportView, created: { id, editToken, url, editUrl } } : { kind: "preview", view: json as ImportView };
  } catch {
    return { kind: "error", message: "Network error: nothing was imported." };
  }
}
