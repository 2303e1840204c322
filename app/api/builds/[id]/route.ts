import { buildUpdateSchema } from "@/lib/builds/draft";
import { getDb } from "@/lib/db/client";
import { handle } from "@/lib/http/errors";
import { readJson } from "@/lib/http/read-json";
import { handleWrite } from "@/lib/http/write-limit";
import { bearerToken, buildJson, deleteWithToken, updateWithToken } from "@/lib/services/builds";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = handle(async (_request: Request, { params }: Context) => {
  const { id } = await params;
  return Response.json(await buildJson(getDb(), id));
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
