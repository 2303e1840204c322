import { getDb } from "@/lib/db/client";
import { handle } from "@/lib/http/errors";
import { optionsFromSearchParams } from "@/lib/provisioning";
import { provisionPlanFor } from "@/lib/services/provisioning";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = handle(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const options = optionsFromSearchParams(new URL(request.url).searchParams);
  return Response.json(await provisionPlanFor(getDb(), id, options));
});
