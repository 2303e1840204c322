import { getDb } from "@/lib/db/client";
import { downloadResponse } from "@/lib/http/download";
import { handle } from "@/lib/http/errors";
import { requestOrigin } from "@/lib/http/request-origin";
import { exportBuild, exportQuerySchema } from "@/lib/services/build-export";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = handle(async (request: Request, { params }: Context) => {
  const url = new URL(request.url);
  const { format } = exportQuerySchema.parse({ format: url.searchParams.get("format") ?? undefined });
  // Links in the markdown and text point at the host the visitor used, not the server's bind address.
  const origin = requestOrigin(request.headers) ?? url.origin;
  const file = await exportBuild(getDb(), (await params).id, format, origin);
  // exportFileName leaves only [a-z0-9-] plus an extension, as downloadResponse requires.
  return downloadResponse(file.body, file.contentType, file.fileName);
});
