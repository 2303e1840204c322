import { trimChars } from "../text/trim";

const SLUG_MAX = 60;

/**
 * The stem of every download named after a build: ASCII letters, digits and hyphens only, so it
 * is safe in a shell, a URL and a quoted Content-Disposition ("Ünïcode RTX box!" -> "unicode-rtx-box");
 * "build" when nothing is left.
 */
export function buildFileSlug(buildName: string): string {
  const slug = buildName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, SLUG_MAX);
  return trimChars(slug, "-") || "build";
}
