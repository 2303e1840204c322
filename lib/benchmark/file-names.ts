import { buildFileSlug as slug } from "../builds/file-slug";

export function benchmarkFileNames(buildName: string): { checklist: string; script: string } {
  const stem = slug(buildName);
  return { checklist: `${stem}-checklist.md`, script: `${stem}-benchmark.sh` };
}
