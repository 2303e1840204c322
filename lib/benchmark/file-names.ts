const SLUG_MAX = 60;

/** ASCII letters, digits and hyphens only: safe in a shell, a URL and a quoted Content-Disposition. */
function slug(buildName: string): string {
  const text = buildName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, "");
  return text || "build";
}

export function benchmarkFileNames(buildName: string): { checklist: string; script: string } {
  const stem = slug(buildName);
  return { checklist: `${stem}-checklist.md`, script: `${stem}-benchmark.sh` };
}
