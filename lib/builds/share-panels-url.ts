/** Where the share page's panels below the fold are loaded from (app/api/builds/[id]/share-panels). */
export function sharePanelsUrl(buildId: string): string {
  return `/api/builds/${encodeURIComponent(buildId)}/share-panels`;
}
