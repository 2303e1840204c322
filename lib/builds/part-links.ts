import type { ResolvedBuild } from "./types";

/** itemId -> catalog page path, for items that are catalog parts. */
export function partLinks(build: ResolvedBuild): Map<string, string> {
  return new Map(
    build.items.flatMap((item) => (item.part.id ? [[item.id, `/parts/${item.part.category}/${encodeURIComponent(item.part.id)}`] as const] : [])),
  );
}
