import { buildDraftSchema } from "@/lib/builds/draft";
import { getDb } from "@/lib/db/client";
import { readJson } from "@/lib/http/read-json";
import { privateJson } from "@/lib/http/private-json";
import { handleWrite } from "@/lib/http/write-limit";
import { createFromDraft } from "@/lib/services/builds";

export const dynamic = "force-dynamic";

export const POST = handleWrite(async (request: Request) => {
  const draft = await readJson(request, buildDraftSchema);
  return privateJson(await createFromDraft(getDb(), draft), { status: 201 });
});
