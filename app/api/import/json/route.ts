import { getDb } from "@/lib/db/client";
import { readJson } from "@/lib/http/read-json";
import { privateJson } from "@/lib/http/private-json";
import { handleWrite } from "@/lib/http/write-limit";
import { importJsonBuild } from "@/lib/services/import-json";
import { IMPORT_BODY_LIMIT_BYTES, jsonImportSchema } from "@/lib/services/import-view";

export const dynamic = "force-dynamic";

/** {text (a dl-box-build JSON export), save?, name?} -> the preview (200), or the saved build (201). */
export const POST = handleWrite(async (request: Request) => {
  const input = await readJson(request, jsonImportSchema, IMPORT_BODY_LIMIT_BYTES);
  const { status, body } = await importJsonBuild(getDb(), input);
  return privateJson(body, { status });
});
