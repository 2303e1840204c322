/**
 * A generated file as an attachment. `fileName` must already be [a-z0-9.-] only (the benchmark
 * and export file-name helpers guarantee it), so the quoted form needs no escaping.
 */
export function downloadResponse(body: string, contentType: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      // Files carry their generation time and the build can change: never serve a stale copy.
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
