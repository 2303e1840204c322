import { bool, compact, positive, positiveInt, roundedPositive, text, texts, type Notes } from "./read";
import { memoryType, normalizeSocket, normalizeSockets } from "./vocab";

/** OpenDB CPU -> our cpu specs. Unlock state and PCIe lanes are not in OpenDB: unknown. */
export function cpuSpecs(json: unknown, notes: Notes): Record<string, unknown> {
  const socket = text(json, "socket");
  const graphics = text(json, "specifications.integratedGraphics.model");
  const types = texts(json, "specifications.memory.types")
    ?.map((t) => memoryType(t, notes))
    .filter((t) => t !== undefined);
  return compact({
    socket: socket === undefined ? undefined : normalizeSocket(socket, notes),
    microarchitecture: text(json, "microarchitecture"),
    cores: positiveInt(json, "cores.total"),
    threads: positiveInt(json, "cores.threads"),
    baseClockGhz: positive(json, "clocks.performance.base"),
    boostClockGhz: positive(json, "clocks.performance.boost"),
    tdpW: roundedPositive(json, "specifications.tdp"),
    bundledCooler: bool(json, "specifications.includesCooler"),
    integratedGraphics: graphics === undefined ? undefined : !/^none$/i.test(graphics),
    memoryTypes: types && types.length > 0 ? [...new Set(types)] : undefined,
    maxMemoryGb: positiveInt(json, "specifications.memory.maxSupport"),
  });
}

/** OpenDB CPUCooler -> our cpu-cooler specs. TDP ratings are not in OpenDB: unknown. */
export function cpuCoolerSpecs(json: unknown, notes: Notes): Record<string, unknown> {
  const liquid = bool(json, "water_cooled");
  const fans = positiveInt(json, "fan_quantity");
  return compact({
    type: liquid === undefined ? undefined : liquid ? "liquid" : "air",
    sockets: normalizeSockets(texts(json, "cpu_sockets"), notes),
    heightMm: positive(json, "height"),
    radiatorMm: liquid === false ? undefined : positiveInt(json, "radiator_size"),
    // 0 fans is only believable for a cooler sold as fanless; elsewhere it is a placeholder.
    fanCount: fans ?? (bool(json, "fanless") === true && bool(json, "water_cooled") === false ? 0 : undefined),
  });
}
