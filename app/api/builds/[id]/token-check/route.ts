import { getDb } from "@/lib/db/client";
import { privateJson } from "@/lib/http/private-json";
import { handleWrite } from "@/lib/http/write-limit";
import { bearerToken } from "@/lib/services/builds";
import { checkEditToken } from "@/lib/services/build-ownership";

export const dynamic = "force-dynamic";

/**
 * Read-only, but it draws on the write allowance like PUT and DELETE (which tell a right token
 * from a wrong one too), so it is no faster way to guess tokens; cross-site pages are refused
 * before the allowance is touched, so they cannot use up a visitor's.
 */
export const GET = handleWrite(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  return privateJson(await checkEditToken(getDb(), id, bearerToken(request)));
});
