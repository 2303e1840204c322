import { buildUpdateSchema } from "@/lib/builds/draft";
import { getDb } from "@/lib/db/client";
import { handle } from "@/lib/http/errors";
import { readJson } from "@/lib/http/read-json";
import { handleWrite } from "@/lib/http/write-limit";
import { cachedBuildJson } from "@/lib/services/build-json-cache";
import { bearerToken, deleteWithToken, updateWithToken } from "@/lib/services/builds";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = handle(async (request: Request, { params }: Context) => {
  const { id } = await params;
  return cachedBuildJson(getDb(), id, request);
});

export const PUT = handleWrite(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const token = bearerToken(request);
  const update = await readJson(request, buildUpdateSchema);
  return Response.json(await updateWithToken(getDb(), id, token, update));
});

export const DELETE = handleWrite(async (request: Request, { params }: Context) => {
  const { id } = await params;
  await deleteWithToken(getDb(), id, bearerToken(request));
  return new Response(null, { status: 204 });
});
