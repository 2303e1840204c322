/**
 * GPU power limits (`nvidia-smi -pl`) that bring a box under a DC budget, with the measured
 * trade-offs the messages quote (docs/compatibility.md, "Wall circuit"):
 * - RTX 3090, 4 cards at 280 W (of 350): over 95 % of full-power TensorFlow training throughput
 *   (Puget Systems, "Quad RTX3090 GPU Wattage Limited MaxQ TensorFlow Performance", 2020).
 * - RTX 3090, 300 -> 250 W: about 27 % less aggregate gpu-burn throughput (nodehome.ai, "Power
 *   Caps On Three RTX 3090s").
 * - RTX PRO 6000 Blackwell, 600 -> 400 W: decode (token generation) within about 2 %, because it
 *   is bound by memory bandwidth; compute-bound prefill loses more (voipmonitor/rtx6kpro,
 *   hardware/gpu-configs.md, "Power Limit Scaling").
 * Below about 60 % of board power throughput falls off steeply (an RTX 3090 under 200 W,
 * jeanfbrito.github.io "RTX 3090 Power Limit"), so lower limits are not suggested.
 */
export const MIN_LIMIT_SHARE = 0.6;
const STEP_W = 10;

export interface GpuDraw {
  name: string;
  qty: number;
  boardPowerW: number;
}

export interface LimitPlan {
  /** Per GPU model, the limit to set, in whole 10 W steps. */
  limits: { name: string; qty: number; boardPowerW: number; limitW: number }[];
  /** Share of board power kept, 0-1. */
  share: number;
  /** GPU watts saved in total. */
  savedW: number;
}

/**
 * The same share of board power for every GPU so that the DC load fits `budgetW`; null when no
 * cut is needed, or when the cut would go below MIN_LIMIT_SHARE (then a second PSU or circuit is
 * the answer).
 */
export function planPowerLimits(gpus: readonly GpuDraw[], loadW: number, budgetW: number): LimitPlan | null {
  const gpuW = gpus.reduce((s, g) => s + g.boardPowerW * g.qty, 0);
  const overW = loadW - budgetW;
  if (overW <= 0 || gpuW <= 0) return null;
  const share = (gpuW - overW) / gpuW;
  if (share < MIN_LIMIT_SHARE) return null;
  const limits = gpus.map((g) => ({ ...g, limitW: Math.floor((g.boardPowerW * share) / STEP_W) * STEP_W }));
  const savedW = limits.reduce((s, g) => s + (g.boardPowerW - g.limitW) * g.qty, 0);
  return { limits, share: limits.reduce((s, g) => s + g.limitW * g.qty, 0) / gpuW, savedW };
}
