import { MAX_RESULT_BYTES } from "@/lib/benchmark";
import { getDb } from "@/lib/db/client";
import { handle } from "@/lib/http/errors";
import { readUpload } from "@/lib/http/read-upload";
import { handleWrite } from "@/lib/http/write-limit";
import { listRunsFor, uploadRun } from "@/lib/services/benchmark-runs";
import { bearerToken } from "@/lib/services/builds";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = handle(async (_request: Request, { params }: Context) => {
  const runs = await listRunsFor(getDb(), (await params).id);
  return Response.json({ runs }, { headers: { "Cache-Control": "no-store" } });
});

/** The body is the script's JSON document as-is (`curl --data-binary @result.json`). */
export const POST = handleWrite(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const run = await uploadRun(getDb(), id, bearerToken(request), () => readUpload(request, MAX_RESULT_BYTES));
  return Response.json(run, { status: 201 });
});
