import { planPowerLimits } from "../../power/power-limits";
import { wallDraw } from "../../power/wall-draw";
import { finding, num } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { RuleGroup } from "./context";
import { gpuDraws, LIMIT_EVIDENCE, limitText } from "./psu-wattage-rules";

/**
 * The outlet sees the DC estimate divided by the PSU's efficiency at that load; a training run
 * is a continuous load, so it may use 80 % of the circuit (lib/power/circuits.ts).
 */
export const checkWallCircuit: RuleGroup = ({ ix, power, circuit }, out) => {
  if (power.estimatedW <= 0 || (ix.parts.gpu.length === 0 && ix.parts.cpu.length === 0)) return;
  const psus = ix.parts.psu.map((p) => ({ specs: p.specs, qty: p.qty }));
  const wall = wallDraw(power.estimatedW, psus, circuit.mains);
  if (wall.wallW <= circuit.continuousW) return;
  const eff = `${num(wall.efficiency * 100)}%${wall.ratingKnown ? "" : " assumed, the PSU's 80 PLUS level being unknown"}`;
  const head = `The build draws an estimated ${power.estimatedW} W, about ${wall.wallW} W at the wall (${eff} efficiency), above the ${circuit.continuousW} W a ${circuit.label} circuit carries continuously (80% of ${circuit.volts * circuit.amps} W; training runs for hours).`;
  // The DC budget that keeps the wall draw inside the circuit, at the same efficiency.
  const plan = planPowerLimits(gpuDraws(ix), power.estimatedW, Math.floor(circuit.continuousW * wall.efficiency));
  const limits = plan ? ` Cap the GPUs: ${limitText(plan)} (${LIMIT_EVIDENCE}).` : "";
  const other = ` ${plan ? "Or p" : "P"}ut a second PSU on another circuit, or run the box on a higher-rated circuit (a 240 V or 20 A line); change the circuit in the build's details if yours differs.`;
  out.push(finding(RULE_IDS.psuWallCircuit, "warning", `${head}${limits}${other}`, [...ix.parts.psu, ...ix.parts.gpu]));
};
