import { getDb } from "@/lib/db/client";
import { handleExpensiveRead } from "@/lib/http/write-limit";
import { buildSummaries, summaryIdsSchema } from "@/lib/services/build-summaries";

export const dynamic = "force-dynamic";

/** `GET /api/builds/summaries?ids=a,b`: the "My builds" list; each build is analysed, so it is an expensive read. */
export const GET = handleExpensiveRead(async (request: Request) => {
  const ids = summaryIdsSchema.parse(new URL(request.url).searchParams.get("ids") ?? "");
  const result = await buildSummaries(getDb(), ids);
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
