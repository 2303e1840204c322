import { BUILD_ID_PATTERN, tokenMatches } from "../builds/tokens";
import type { Db } from "../db/client";
import { getEditTokenHash } from "../db/builds";
import { notFound, unauthorized } from "../errors";

export interface TokenCheck {
  /** True when the token is this build's edit token. */
  owner: boolean;
  message: string;
}

/**
 * Whether a presented edit token is this build's, without changing anything: the editor asks
 * before it offers owner actions, so a wrong token is named at once instead of at Save.
 * 404 for an unknown build, 401 without a token (as for PUT and DELETE).
 */
export async function checkEditToken(db: Db, id: string, token: string | null): Promise<TokenCheck> {
  const hash = BUILD_ID_PATTERN.test(id) ? await getEditTokenHash(db, id) : null;
  if (hash === null) throw notFound("Build");
  if (!token) throw unauthorized("Send the token to check as Authorization: Bearer <token>");
  return tokenMatches(token, hash)
    ? { owner: true, message: "This is the build's edit token." }
    : { owner: false, message: "This edit token does not belong to this build." };
}
