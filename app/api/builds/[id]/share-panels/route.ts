import { getDb } from "@/lib/db/client";
import { handle } from "@/lib/http/errors";
import { cachedSharePanels } from "@/lib/services/build-json-cache";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

// The share page's panels below the fold, loaded after its first paint (components/builds/deferred-panel.tsx).
export const GET = handle(async (request: Request, { params }: Context) => {
  const { id } = await params;
  return cachedSharePanels(getDb(), id, request);
});
