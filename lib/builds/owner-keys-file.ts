import { z } from "zod";
import { MAX_ENTRIES, MAX_KEY_FILE_BYTES, OWNER_KEYS_FORMAT, type OwnerKey } from "./build-registry";
import { BUILD_ID_PATTERN, EDIT_TOKEN_PATTERN } from "./id-format";

// Reading an owner-keys file (written by ownerKeysFile in build-registry.ts). zod lives here only,
// so the "My builds" page loads it when a file is imported, not with the page.

const keysFileSchema = z.object({
  format: z.literal(OWNER_KEYS_FORMAT),
  version: z.literal(1),
  builds: z
    .array(z.object({ id: z.string().regex(BUILD_ID_PATTERN, "not a build id"), name: z.string().max(200).default(""), token: z.string().regex(EDIT_TOKEN_PATTERN, "not an edit token") }))
    .max(MAX_ENTRIES),
});

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
