import { planPowerLimits, type GpuDraw } from "../../power/power-limits";
import { PSU_HEADROOM_PCT, recommendPsuW } from "../../power/psu-size";
import type { BuildIndex, Entry } from "../build-index";
import { finding, qtyName, unknownNote } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { RuleGroup } from "./context";

/** The largest common single ATX unit; past it, a bigger PSU is not a realistic purchase. */
export const LARGEST_COMMON_PSU_W = 1600;

/** The parts the estimate had to leave out, in id order so messages are stable. */
function unknownDraw(ix: BuildIndex): Entry[] {
  const cpuUnknown = ix.parts.cpu.filter((c) => c.specs.tdpW === undefined && c.specs.pl2W === undefined && c.specs.pptW === undefined);
  return [...cpuUnknown, ...ix.parts.gpu.filter((g) => g.specs.boardPowerW === undefined)];
}

export function gpuDraws(ix: BuildIndex): GpuDraw[] {
  const out: GpuDraw[] = [];
  for (const g of ix.parts.gpu) if (g.specs.boardPowerW !== undefined) out.push({ name: g.name, qty: g.qty, boardPowerW: g.specs.boardPowerW });
  return out;
}

/** "nvidia-smi -pl 280 on each of 4 x RTX 3090 (350 W -> 280 W)". */
export function limitText(plan: NonNullable<ReturnType<typeof planPowerLimits>>): string {
  return plan.limits.map((l) => `\`sudo nvidia-smi -i <index> -pl ${l.limitW}\` on ${l.qty > 1 ? `each ${l.name} (${l.qty} cards)` : l.name} (${l.boardPowerW} W -> ${l.limitW} W)`).join("; ");
}

/** Measured trade-offs the power-limit advice rests on (lib/power/power-limits.ts has the sources). */
export const LIMIT_EVIDENCE =
  "measured: four RTX 3090s at 280 W kept over 95% of their training throughput (Puget Systems), 300 -> 250 W cost about 27% of gpu-burn throughput (nodehome.ai), and RTX PRO 6000 token generation barely changes from 600 to 400 W (rtx6kpro notes), so check the cost on your own workload";

export const checkPsuWattage: RuleGroup = ({ ix, power }, out) => {
  const psus = ix.parts.psu;
  if (psus.length === 0) return;
  const psuName = psus.map(qtyName).join(" + ");
  const { estimatedW, recommendedPsuW, recommendedAtx3PsuW, psuW } = power;
  const unknown = unknownDraw(ix);
  const unknownPhrases = unknown.map((e) => `the power draw of ${e.name}`);

  if (psuW === null) {
    const missing = psus.filter((p) => p.specs.wattage === undefined).map((p) => `the wattage of ${p.name}`);
    out.push(unknownNote(RULE_IDS.psuWattage, `whether ${psuName} is large enough`, [...missing, ...unknownPhrases], [...psus, ...unknown]));
    return;
  }
  if (psuW < estimatedW) {
    const excluding = unknown.length > 0 ? `, not counting ${unknown.map((e) => e.name).join(" and ")} (draw unknown)` : "";
    const head = `${psuName} provides ${psuW} W, but the build draws an estimated ${estimatedW} W${excluding}`;
    let advice: string;
    if (recommendedAtx3PsuW <= LARGEST_COMMON_PSU_W) {
      const legacyW = recommendPsuW(estimatedW);
      advice = legacyW === recommendedAtx3PsuW ? `choose at least ${legacyW} W` : `choose at least ${recommendedAtx3PsuW} W in an ATX 3.x unit, or ${legacyW} W in an older one (${PSU_HEADROOM_PCT}% headroom for GPU spikes)`;
    } else {
      const plan = planPowerLimits(gpuDraws(ix), estimatedW, psuW);
      const limits = plan ? `cap the GPUs to fit: ${limitText(plan)} (${LIMIT_EVIDENCE}); or ` : "";
      advice = `no common single PSU covers that (the largest common ATX units are ${LARGEST_COMMON_PSU_W} W): ${limits}split the load over two PSUs (a dual-PSU case or an add-on PSU board, GPUs on the second unit)`;
    }
    out.push(finding(RULE_IDS.psuWattage, "error", `${head}: ${advice}.`, [...psus, ...unknown]));
    return;
  }
  if (psuW < recommendedPsuW) {
    const msg = `${psuName} provides ${psuW} W for an estimated ${estimatedW} W: below the recommended ${recommendedPsuW} W, which keeps ${PSU_HEADROOM_PCT}% headroom for GPU power spikes on a PSU built before ATX 3.0${recommendedAtx3PsuW <= psuW ? `; an ATX 3.x unit of this size would do, as its spec covers spikes (200% for 100 us)` : ""}.`;
    out.push(finding(RULE_IDS.psuWattage, "warning", msg, psus));
  }
  if (unknown.length > 0) {
    out.push(unknownNote(RULE_IDS.psuWattage, `whether ${psuName} is large enough`, unknownPhrases, [...psus, ...unknown]));
  }
};
