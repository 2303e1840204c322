import path from "node:path";
import { modelSpecSchema, toModelSpec } from "../workloads/model-schema";
import type { ModelSpec } from "../workloads/types";
import { formatIssues, readJsonFile } from "./read-json-file";

export const defaultModelsFile = () => path.join(process.cwd(), "prisma/seed/models.json");

/** At most this many built-in models; the file is ours, but a bound keeps start-up work bounded. */
export const MAX_BUILTIN_MODELS = 500;

/**
 * Reads and validates the built-in model catalog (prisma/seed/models.json). Every problem is
 * collected and thrown as one error, so a broken data file stops start-up instead of seeding half.
 */
export function loadBuiltinModels(file: string = defaultModelsFile()): ModelSpec[] {
  const problems: string[] = [];
  const name = path.basename(file);
  const data = readJsonFile(file, problems, name);
  const models: ModelSpec[] = [];
  if (data !== undefined && !Array.isArray(data)) problems.push(`${name}: expected a JSON array of models`);
  if (Array.isArray(data)) {
    if (data.length > MAX_BUILTIN_MODELS) problems.push(`${name}: more than ${MAX_BUILTIN_MODELS} models`);
    const seen = new Set<string>();
    data.slice(0, MAX_BUILTIN_MODELS).forEach((raw: unknown, index) => {
      const parsed = modelSpecSchema.safeParse(raw);
      if (!parsed.success) {
        problems.push(...formatIssues(parsed.error.issues).map((issue) => `${name} [${index}]: ${issue}`));
        return;
      }
      if (seen.has(parsed.data.id)) problems.push(`${name} [${index}] (${parsed.data.id}): duplicate id`);
      seen.add(parsed.data.id);
      models.push(toModelSpec(parsed.data));
    });
  }
  if (problems.length > 0) throw new Error(`Built-in model catalog ${file} is invalid:\n  - ${problems.join("\n  - ")}`);
  return models;
}

let cached: ModelSpec[] | null = null;

/** The built-in models from the seed file, read once per process (for code that has no database at hand). */
export function builtinModel(id: string): ModelSpec | null {
  cached ??= loadBuiltinModels();
  return cached.find((m) => m.id === id) ?? null;
}
