import { getDb } from "@/lib/db/client";
import { handle } from "@/lib/http/errors";
import { partQueryFromParams } from "@/lib/parts/query";
import { searchCatalog } from "@/lib/services/catalog";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const parsed = partQueryFromParams(new URL(request.url).searchParams);
  if (!parsed.success) throw parsed.error;
  const result = await searchCatalog(getDb(), parsed.data);
  return Response.json(result);
});
