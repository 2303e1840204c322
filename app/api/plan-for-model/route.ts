import { getDb } from "@/lib/db/client";
import { readJson } from "@/lib/http/read-json";
import { planForModelRequest } from "@/lib/services/workloads";
import { planRequestSchema } from "@/lib/workloads/request-schema";
import { handleExpensiveRead } from "@/lib/http/write-limit";

export const dynamic = "force-dynamic";

/** The cheapest GPU combinations from the catalog that run a model at a speed; writes nothing. */
export const POST = handleExpensiveRead(async (request: Request) => {
  const body = await readJson(request, planRequestSchema);
  return Response.json(await planForModelRequest(getDb(), body));
});
