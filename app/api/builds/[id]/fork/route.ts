import { getDb } from "@/lib/db/client";
import { handleWrite } from "@/lib/http/write-limit";
import { forkBuild } from "@/lib/services/builds";

export const dynamic = "force-dynamic";

export const POST = handleWrite(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  return Response.json(await forkBuild(getDb(), id), { status: 201 });
});
