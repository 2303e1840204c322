import { getDb } from "@/lib/db/client";
import { readJson } from "@/lib/http/read-json";
import { workloadsForDraft } from "@/lib/services/workloads";
import { workloadsRequestSchema } from "@/lib/workloads/request-schema";
import { handleExpensiveRead } from "@/lib/http/write-limit";

export const dynamic = "force-dynamic";

/** What runs on a draft build and how fast; reads the referenced parts and the models, writes nothing. */
export const POST = handleExpensiveRead(async (request: Request) => {
  const body = await readJson(request, workloadsRequestSchema);
  return Response.json(await workloadsForDraft(getDb(), body));
});
