import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { handleWrite } from "@/lib/http/write-limit";
import { deleteRunWithToken } from "@/lib/services/benchmark-runs";
import { bearerToken } from "@/lib/services/builds";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; runId: string }> };

const paramsSchema = z.object({ id: z.string(), runId: z.string().min(1).max(64) });

export const DELETE = handleWrite(async (request: Request, { params }: Context) => {
  const { id, runId } = paramsSchema.parse(await params);
  await deleteRunWithToken(getDb(), id, bearerToken(request), runId);
  return new Response(null, { status: 204 });
});
