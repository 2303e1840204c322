import { getDb } from "@/lib/db/client";
import { privateJson } from "@/lib/http/private-json";
import { handleWrite } from "@/lib/http/write-limit";
import { forkBuild } from "@/lib/services/builds";

export const dynamic = "force-dynamic";

export const POST = handleWrite(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  return privateJson(await forkBuild(getDb(), id), { status: 201 });
});
