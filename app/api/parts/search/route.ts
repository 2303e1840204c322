import { getDb } from "@/lib/db/client";
import { handle } from "@/lib/http/errors";
import { readJson } from "@/lib/http/read-json";
import { pickerQuerySchema } from "@/lib/parts/picker-query";
import { pickerSearch } from "@/lib/services/picker";

export const dynamic = "force-dynamic";

/** The builder's picker: POST because it carries the current build for the compatible-only filter. */
export const POST = handle(async (request: Request) => {
  const query = await readJson(request, pickerQuerySchema);
  return Response.json(await pickerSearch(getDb(), query));
});
