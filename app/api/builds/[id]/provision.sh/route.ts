import { getDb } from "@/lib/db/client";
import { downloadResponse } from "@/lib/http/download";
import { handle } from "@/lib/http/errors";
import { requestOrigin } from "@/lib/http/request-origin";
import { optionsFromSearchParams } from "@/lib/provisioning";
import { provisionScriptFor } from "@/lib/services/provisioning";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = handle(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const url = new URL(request.url);
  const options = optionsFromSearchParams(url.searchParams);
  // request.url carries the server's bind address under `next start`; the Host header is what the visitor used.
  const origin = requestOrigin(request.headers) ?? url.origin;
  const { fileName, script } = await provisionScriptFor(getDb(), id, options, { origin, generatedAt: new Date() });
  // scriptFileName leaves only [a-z0-9-], as downloadResponse requires.
  return downloadResponse(script, "text/x-shellscript; charset=utf-8", fileName);
});
