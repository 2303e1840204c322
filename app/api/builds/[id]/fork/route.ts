import { getDb } from "@/lib/db/client";
import { handle } from "@/lib/http/errors";
import { forkBuild } from "@/lib/services/builds";

export const dynamic = "force-dynamic";

export const POST = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  return Response.json(await forkBuild(getDb(), id), { status: 201 });
});
