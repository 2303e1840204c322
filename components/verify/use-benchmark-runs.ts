"use client";

import { useState } from "react";
import type { BenchmarkRunView } from "@/lib/benchmark/run-view";

export type RunsStatus = { kind: "idle" } | { kind: "busy" } | { kind: "done"; message: string } | { kind: "error"; message: string };

async function errorMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { message?: string; issues?: { path: string; message: string }[] } | null;
  const first = body?.issues?.[0];
  const detail = first ? ` (${first.path || "document"}: ${first.message})` : "";
  return `${body?.message ?? `HTTP ${response.status}`}${detail}`;
}

const summary = (run: BenchmarkRunView) =>
  `${run.counts.pass} pass, ${run.counts.below} below expectation, ${run.counts.notMeasured} not measured`;

/** The runs shown on the share page, starting from the server's list; uploads and deletes update it. */
export function useBenchmarkRuns(buildId: string, initialRuns: BenchmarkRunView[], token: string | null) {
  const [runs, setRuns] = useState(initialRuns);
  const [status, setStatus] = useState<RunsStatus>({ kind: "idle" });
  const base = `/api/builds/${encodeURIComponent(buildId)}/benchmarks`;
  const auth = { authorization: `Bearer ${token ?? ""}` };

  async function upload(file: File): Promise<boolean> {
    setStatus({ kind: "busy" });
    try {
      const response = await fetch(base, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: await file.text() });
      if (!response.ok) {
        setStatus({ kind: "error", message: `Upload refused: ${await errorMessage(response)}` });
        return false;
      }
      const run = (await response.json()) as BenchmarkRunView;
      setRuns((current) => [run, ...current]);
      setStatus({ kind: "done", message: `Uploaded ${file.name}: ${summary(run)}.` });
      return true;
    } catch (e) {
      setStatus({ kind: "error", message: `Upload failed: ${e instanceof Error ? e.message : "network error"}` });
      return false;
    }
  }

  async function remove(runId: string): Promise<void> {
    setStatus({ kind: "busy" });
    try {
      const response = await fetch(`${base}/${encodeURIComponent(runId)}`, { method: "DELETE", headers: auth });
      if (!response.ok && response.status !== 404) {
        setStatus({ kind: "error", message: `Delete refused: ${await errorMessage(response)}` });
        return;
      }
      setRuns((current) => current.filter((run) => run.id !== runId));
      setStatus({ kind: "done", message: "Run deleted." });
    } catch (e) {
      setStatus({ kind: "error", message: `Delete failed: ${e instanceof Error ? e.message : "network error"}` });
    }
  }

  return { runs, status, upload, remove };
}
