import { getDb } from "@/lib/db/client";
import { readJson } from "@/lib/http/read-json";
import { privateJson } from "@/lib/http/private-json";
import { handleWrite } from "@/lib/http/write-limit";
import { importPcPartPicker } from "@/lib/services/import-pcpp";
import { IMPORT_BODY_LIMIT_BYTES, pcppImportSchema } from "@/lib/services/import-view";

export const dynamic = "force-dynamic";

/** {text, save?, name?, currency?} -> the matched preview (200), or the saved build (201). */
export const POST = handleWrite(async (request: Request) => {
  const input = await readJson(request, pcppImportSchema, IMPORT_BODY_LIMIT_BYTES);
  const { status, body } = await importPcPartPicker(getDb(), input);
  return privateJson(body, { status });
});
