import type { PowerEstimate } from "./types";

/**
 * Idle draw per GPU: measured idle figures run from about 14-17 W (Igor's Lab, RTX 50 cards) and
 * 16 W (RTX 3090) to 30-50 W for an RTX PRO 6000 (voipmonitor/rtx6kpro notes); 20 W is the
 * middle of that range.
 */
export const GPU_IDLE_W = 20;
/** An assumption, not a measurement: desktop CPUs idle at a few to about 30 W of package power. */
export const CPU_IDLE_W = 25;

/**
 * DC draw of the box switched on but not training: the allowances for board, memory, drives and
 * fans as in the estimate, plus idle GPUs and CPUs instead of their full power.
 */
export function idleDcW(power: PowerEstimate, gpuCount: number, cpuCount: number): number {
  const rest = Math.max(0, power.estimatedW - power.gpuW - power.cpuW);
  return rest + gpuCount * GPU_IDLE_W + cpuCount * CPU_IDLE_W;
}
