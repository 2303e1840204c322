import { z } from "zod";
import { MAX_ENTRIES } from "./build-registry";
import { BUILD_ID_PATTERN, EDIT_TOKEN_PATTERN } from "./id-format";

// The owner-keys file: moving ownership of builds to another browser ("My builds" page).

export const OWNER_KEYS_FORMAT = "dlbox-owner-keys";
export const MAX_KEY_FILE_BYTES = 1_000_000;

export interface OwnerKey {
  id: string;
  name: string;
  token: string;
}

const keysFileSchema = z.object({
  format: z.literal(OWNER_KEYS_FORMAT),
  version: z.literal(1),
  builds: z
    .array(z.object({ id: z.string().regex(BUILD_ID_PATTERN, "not a build id"), name: z.string().max(200).default(""), token: z.string().regex(EDIT_TOKEN_PATTERN, "not an edit token") }))
    .max(MAX_ENTRIES),
});

/** The file "Export owner keys" downloads: anyone holding it can edit and delete these builds. */
export function ownerKeysFile(keys: readonly OwnerKey[], exportedAt: Date, origin: string): string {
  const file = {
    format: OWNER_KEYS_FORMAT,
    version: 1,
    exportedAt: exportedAt.toISOString(),
    origin,
    warning: "Anyone with this file can edit and delete these builds. Keep it private.",
    builds: keys.map(({ id, name, token }) => ({ id, name, token })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads an owner-keys file; a clear reason when it is not one. */
export function parseOwnerKeysFile(text: string): { ok: true; keys: OwnerKey[] } | { ok: false; error: string } {
  if (text.length > MAX_KEY_FILE_BYTES) return { ok: false, error: "The file is larger than an owner-keys file can be (1 MB)." };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: "The file is not JSON: choose the file that “Export owner keys” saved." };
  }
  const parsed = keysFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join(".")})` : "";
    return { ok: false, error: `Not an owner-keys file from this app${where}: ${issue?.message ?? "unexpected shape"}.` };
  }
  const seen = new Set<string>();
  const keys = parsed.data.builds.filter((k) => !seen.has(k.id) && seen.add(k.id));
  return { ok: true, keys };
}
