/**
 * A JSON response that no cache may keep: answers that carry a build's edit token (create,
 * fork, import with save). A shared or browser cache holding one would hand out ownership.
 */
export function privateJson(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Cache-Control", "no-store");
  return Response.json(body, { ...init, headers });
}
