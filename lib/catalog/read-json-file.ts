import fs from "node:fs";
import type { z } from "zod";

/** Parses a JSON file; on failure records a problem naming `label` and returns undefined. */
export function readJsonFile(file: string, problems: string[], label: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    problems.push(`${label}: cannot be read (${(error as Error).message})`);
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problems.push(`${label}: invalid JSON (${(error as Error).message})`);
    return undefined;
  }
}

/** "items.3.quantity: Too small ..." style lines, one per zod issue. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`);
}
