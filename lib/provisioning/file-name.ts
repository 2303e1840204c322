const SLUG_MAX = 60;

/** A file name that is safe in any shell, URL or Content-Disposition header: "<slug>-setup.sh". */
export function scriptFileName(buildName: string): string {
  const slug = buildName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, "");
  return `${slug || "build"}-setup.sh`;
}
