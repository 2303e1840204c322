import { buildDraftSchema } from "@/lib/builds/draft";
import { getDb } from "@/lib/db/client";
import { readJson } from "@/lib/http/read-json";
import { analyzeDraft } from "@/lib/services/build-analysis";
import { handleExpensiveRead } from "@/lib/http/write-limit";

export const dynamic = "force-dynamic";

/** Live analysis for the builder: loads the referenced parts, writes nothing. */
export const POST = handleExpensiveRead(async (request: Request) => {
  const draft = await readJson(request, buildDraftSchema);
  return Response.json(await analyzeDraft(getDb(), draft));
});
