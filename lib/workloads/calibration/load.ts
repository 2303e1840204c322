import fs from "node:fs";
import path from "node:path";
import { loadBuiltinModels } from "../../catalog/builtin-models";
import { toModelSpec } from "../model-schema";
import type { ModelSpec } from "../types";
import type { Lookup } from "./fit";
import { calibrationFileSchema, type CalibrationFile } from "./schema";

export const CALIBRATION_FILE = path.join(process.cwd(), "lib/workloads/calibration/measurements.json");

/** The fixture file plus a lookup over its GPUs and the built-in and fixture-only models. */
export function loadCalibration(file = CALIBRATION_FILE): { data: CalibrationFile; lookup: Lookup } {
  const data = calibrationFileSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  const models = new Map<string, ModelSpec>([...loadBuiltinModels(), ...data.models.map(toModelSpec)].map((m) => [m.id, m]));
  return {
    data,
    lookup: {
      gpu: (id) => data.gpus[id] ?? (() => { throw new Error(`Unknown calibration GPU ${id}`); })(),
      model: (id) => models.get(id) ?? (() => { throw new Error(`Unknown model ${id}`); })(),
    },
  };
}
