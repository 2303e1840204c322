import { getDb } from "@/lib/db/client";
import { getPart } from "@/lib/db/parts";
import { notFound } from "@/lib/errors";
import { handle } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

export const GET = handle(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const part = id.length <= 200 ? await getPart(getDb(), id) : null;
  if (!part) throw notFound("Part");
  return Response.json(part);
});
