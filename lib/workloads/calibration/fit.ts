import type { EngineId, EngineParams } from "../engines";
import type { ModelSpec } from "../types";
import { predict, type Parameters } from "./predict";
import type { CalibrationGpu, Measurement } from "./schema";

export interface Lookup {
  gpu: (id: string) => CalibrationGpu;
  model: (id: string) => ModelSpec;
}

export interface FitResult {
  engines: Record<EngineId, Pick<EngineParams, "decodeBandwidthEfficiency" | "dequantAluFactor">>;
  perLayerOverheadS: number;
  prefillEfficiency: number;
  checkpointedBytesPerHiddenPerToken: number;
  fixedOverheadBytes: number;
  /** Sum of squared log errors of the decode fit. */
  decodeLoss: number;
}

const ENGINE_IDS: EngineId[] = ["llama.cpp-cuda", "llama.cpp-rocm", "llama.cpp-vulkan"];
const range = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Number((from + i * step).toFixed(6)));
const round = (n: number, step: number) => Math.round(n / step) * step;

/** The same parameters with every engine at (efficiency, ALU factor) and the given per-layer cost. */
function setting(base: Parameters, efficiency: number, alu: number, perLayerS: number): Parameters {
  const engines = Object.fromEntries(ENGINE_IDS.map((id) => [id, { ...base.engines[id], decodeBandwidthEfficiency: efficiency, dequantAluFactor: alu }])) as Parameters["engines"];
  return { ...base, engines, shared: { ...base.shared, perLayerOverheadS: perLayerS } };
}

interface DecodeTerms {
  engine: EngineId;
  /** Seconds per token at 100 % bandwidth efficiency, without overheads. */
  bandwidth: number;
  /** Seconds per token of dequantisation work at ALU factor 1. */
  alu: number;
  layers: number;
  /** Seconds per token spent on layers in system RAM. */
  cpu: number;
  measured: number;
}

function decodeTerms(m: Extract<Measurement, { kind: "decode" }>, lookup: Lookup, base: Parameters): DecodeTerms {
  const seconds = (p: Parameters) => 1 / predict(m, lookup, p);
  const cpu = seconds(setting(base, 1e9, 0, 0));
  const plain = seconds(setting(base, 1, 0, 0));
  return { engine: m.setup.engine, bandwidth: plain - cpu, alu: seconds(setting(base, 1, 1, 0)) - plain, layers: lookup.model(m.setup.model).architecture.layers, cpu, measured: m.value };
}

/**
 * Fits the calibration on the "fit" rows only. Decode time per token is linear in the unknowns,
 * t = A/e + k*B + layers*L + T_cpu, so A, B and T_cpu come from predictions at fixed settings and a
 * grid search over L (shared) and e, k (per engine) minimises the squared log error. Prefill has one
 * shared efficiency (geometric mean of measured over predicted); fine-tuning a slope per hidden unit
 * and token plus a fixed overhead (least squares).
 */
export function fitCalibration(measurements: readonly Measurement[], lookup: Lookup, base: Parameters): FitResult {
  const fit = measurements.filter((m) => m.split === "fit");
  const decode = fit.flatMap((m) => (m.kind === "decode" ? [decodeTerms(m, lookup, base)] : []));
  let best: { loss: number; perLayer: number; engines: FitResult["engines"] } | null = null;
  for (const perLayerUs of range(0, 60, 1)) {
    const perLayer = perLayerUs * 1e-6;
    let loss = 0;
    const engines = {} as FitResult["engines"];
    for (const id of ENGINE_IDS) {
      const points = decode.filter((d) => d.engine === id);
      const alus = points.length >= 2 ? range(0, 8, 0.25) : [0];
      let engineBest = { loss: Infinity, e: 1, k: 0 };
      for (const e of range(0.3, 1, 0.01)) {
        for (const k of alus) {
          let sum = 0;
          for (const d of points) sum += Math.log(1 / (d.bandwidth / e + k * d.alu + d.layers * perLayer + d.cpu) / d.measured) ** 2;
          if (sum < engineBest.loss - 1e-12) engineBest = { loss: sum, e, k };
        }
      }
      engines[id] = { decodeBandwidthEfficiency: engineBest.e, dequantAluFactor: engineBest.k };
      loss += points.length ? engineBest.loss : 0;
    }
    if (!best || loss < best.loss - 1e-12) best = { loss, perLayer, engines };
  }
  const prefill = fit.filter((m) => m.kind === "prefill");
  const atOne = { ...base, shared: { ...base.shared, prefillEfficiency: 1 } };
  const logRatio = prefill.reduce((sum, m) => sum + Math.log(m.value / predict(m, lookup, atOne)), 0);
  const prefillEfficiency = prefill.length ? round(Math.exp(logRatio / prefill.length), 0.01) : base.shared.prefillEfficiency;

  const tune = fit.filter((m) => m.kind === "fine-tune");
  const zero = { ...base, fineTune: { ...base.fineTune, checkpointedBytesPerHiddenPerToken: 0, fixedOverheadBytes: 0 } };
  const xs = tune.map((m) => (m.kind === "fine-tune" ? lookup.model(m.setup.model).architecture.hiddenSize * m.setup.sequenceTokens : 0));
  const ys = tune.map((m) => m.value - predict(m, lookup, zero));
  const n = xs.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / Math.max(n, 1);
  const meanY = ys.reduce((a, b) => a + b, 0) / Math.max(n, 1);
  const slope = n >= 2 ? xs.reduce((s, x, i) => s + (x - meanX) * (ys[i]! - meanY), 0) / xs.reduce((s, x) => s + (x - meanX) ** 2, 0) : base.fineTune.checkpointedBytesPerHiddenPerToken;
  const intercept = n >= 1 ? meanY - slope * meanX : base.fineTune.fixedOverheadBytes;
  return {
    engines: best!.engines,
    perLayerOverheadS: best!.perLayer,
    prefillEfficiency,
    checkpointedBytesPerHiddenPerToken: round(slope, 0.01),
    fixedOverheadBytes: round(intercept, 1e7),
    decodeLoss: best!.loss,
  };
}
