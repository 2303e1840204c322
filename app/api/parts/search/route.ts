import { getDb } from "@/lib/db/client";
import { readJson } from "@/lib/http/read-json";
import { pickerQuerySchema } from "@/lib/parts/picker-query";
import { pickerSearch } from "@/lib/services/picker";
import { handleExpensiveRead } from "@/lib/http/write-limit";

export const dynamic = "force-dynamic";

/** The builder's picker: POST because it carries the current build for the compatible-only filter. */
export const POST = handleExpensiveRead(async (request: Request) => {
  const query = await readJson(request, pickerQuerySchema);
  return Response.json(await pickerSearch(getDb(), query));
});
