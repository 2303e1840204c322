import { getDb } from "@/lib/db/client";
import { workloadsForBuild } from "@/lib/services/workloads";
import { workloadOptionsFromQuery } from "@/lib/workloads/request-schema";
import { handleExpensiveRead } from "@/lib/http/write-limit";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The same as POST /api/workloads for a saved build; options as query parameters (comma-separated lists). */
export const GET = handleExpensiveRead(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const options = workloadOptionsFromQuery(new URL(request.url).searchParams);
  return Response.json(await workloadsForBuild(getDb(), id, options));
});
