import { getDb } from "@/lib/db/client";
import { downloadResponse } from "@/lib/http/download";
import { handle } from "@/lib/http/errors";
import { benchmarkScriptFor } from "@/lib/services/benchmark-checklist";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = handle(async (_request: Request, { params }: Context) => {
  const file = await benchmarkScriptFor(getDb(), (await params).id);
  return downloadResponse(file.body, "text/x-shellscript; charset=utf-8", file.fileName);
});
