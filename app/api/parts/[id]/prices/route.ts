import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { handle } from "@/lib/http/errors";
import { partPrices } from "@/lib/services/part-prices";

export const dynamic = "force-dynamic";

/** A part's price observations, newest first, and its current price. */
export const GET = handle(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const found = id.length <= 200 ? await partPrices(getDb(), id) : null;
  if (!found) throw notFound("Part");
  const { part, observations } = found;
  return Response.json({ partId: part.id, priceCents: part.priceCents, currency: part.currency, priceObservedAt: part.priceObservedAt ?? null, observations });
});
