import type { BuildDraft, BuildUpdate } from "../builds/draft";
import type { StoredBuild } from "../builds/stored";
import { BUILD_ID_PATTERN, tokenMatches } from "../builds/tokens";
import { buildToDraft, buildToJson } from "../builds/view";
import type { Db } from "../db/client";
import { createBuild, deleteBuild, getBuild, getEditTokenHash, updateBuild } from "../db/builds";
import { conflict, forbidden, notFound, unauthorized } from "../errors";
import { analyzeStoredBuild, normalizeDraftWithCatalog } from "./build-analysis";

export interface CreatedBuild {
  id: string;
  editToken: string;
  url: string;
  editUrl: string;
}

/** The owner link keeps the token in the fragment: browsers never send it to servers or in Referer. */
export function buildLinks(id: string, editToken: string) {
  return { url: `/b/${id}`, editUrl: `/b/${id}/edit#token=${editToken}` };
}

export async function loadBuildOr404(db: Db, id: string): Promise<StoredBuild> {
  const build = BUILD_ID_PATTERN.test(id) ? await getBuild(db, id) : null;
  if (!build) throw notFound("Build");
  return build;
}

export async function createFromDraft(db: Db, draft: BuildDraft, forkedFromId: string | null = null): Promise<CreatedBuild> {
  const { content } = await normalizeDraftWithCatalog(db, draft);
  const { build, editToken } = await createBuild(db, content, { forkedFromId });
  return { id: build.id, editToken, ...buildLinks(build.id, editToken) };
}

export async function buildJson(db: Db, id: string) {
  const build = await loadBuildOr404(db, id);
  return buildToJson(build, analyzeStoredBuild(build).analysis);
}

/** Reads `Authorization: Bearer <token>`; null when absent or malformed. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization") ?? "";
  // Auth schemes are case-insensitive (RFC 9110 section 11.1): "bearer" is "Bearer".
  const match = /^Bearer\s+([A-Za-z0-9_-]{1,200})\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/** 404 for unknown builds, 401 without a token, 403 with a token that is not this build's. */
export async function authorizeOwner(db: Db, id: string, token: string | null): Promise<void> {
  const hash = BUILD_ID_PATTERN.test(id) ? await getEditTokenHash(db, id) : null;
  if (hash === null) throw notFound("Build");
  if (!token) throw unauthorized("This action needs the build's edit token (Authorization: Bearer <token>)");
  if (!tokenMatches(token, hash)) throw forbidden("This edit token does not belong to this build");
}

export async function updateWithToken(db: Db, id: string, token: string | null, update: BuildUpdate) {
  await authorizeOwner(db, id, token);
  const { version, ...draft } = update;
  const { content } = await normalizeDraftWithCatalog(db, draft);
  const outcome = await updateBuild(db, id, version, content);
  if (outcome.status === "not-found") throw notFound("Build");
  if (outcome.status === "conflict") {
    throw conflict("This build changed since you opened it. Reload to see the latest version; your edits were not saved.", {
      currentVersion: outcome.currentVersion,
    });
  }
  return buildToJson(outcome.build, analyzeStoredBuild(outcome.build).analysis);
}

export async function deleteWithToken(db: Db, id: string, token: string | null): Promise<void> {
  await authorizeOwner(db, id, token);
  await deleteBuild(db, id);
}

export async function forkBuild(db: Db, id: string): Promise<CreatedBuild> {
  const source = await loadBuildOr404(db, id);
  const draft = buildToDraft(source);
  return createFromDraft(db, { ...draft, name: `${source.name} (fork)`.slice(0, 120) }, source.id);
}
