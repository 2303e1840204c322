import type { BuildIndex } from "../build-index";
import { finding, qtyName, unknownNote } from "../finding";
import { moduleForm } from "../gpu-traits";
import { RULE_IDS } from "../rule-ids";
import type { Finding } from "../types";
import type { RuleGroup } from "./context";

// The PCIe card to suggest for each SXM module family (same GPU on a PCIe card).
const PCIE_ALTERNATIVE: [RegExp, string][] = [
  [/\bA100\b/i, "the A100 PCIe"],
  [/\bH100\b/i, "the H100 PCIe (or H100 NVL)"],
  [/\bV100\b/i, "the V100 PCIe"],
  [/\bP100\b/i, "the P100 PCIe"],
];

function checkModules(ix: BuildIndex, out: Finding[]): void {
  for (const gpu of ix.parts.gpu) {
    const form = moduleForm(gpu.name, gpu.specs);
    if (form === "PCIe") continue;
    const base = form === "SXM" ? "an NVIDIA HGX baseboard" : "an OAM (OCP Accelerator Module) baseboard";
    const alt = PCIE_ALTERNATIVE.find(([re]) => re.test(`${gpu.specs.chipset ?? ""} ${gpu.name}`))?.[1];
    const instead = alt ? `; for a workstation choose ${alt}` : "";
    const msg = `${qtyName(gpu)} is an ${form} module, not a PCIe card: it has no slot connector and mounts only on ${base} in a server built for it, which also supplies its power and cooling${instead}.`;
    out.push(finding(RULE_IDS.gpuModuleForm, "error", msg, ix.parts.motherboard.length > 0 ? [gpu, ...ix.parts.motherboard] : [gpu]));
  }
}

/**
 * Passive data-centre cards (K80, P100, V100, T4, A100/H100 PCIe) have a heatsink and no fan:
 * NVIDIA specifies them for servers that push air front to back through the card. A desktop
 * case does not, and the card throttles or shuts down.
 */
function checkPassive(ix: BuildIndex, out: Finding[]): void {
  const passive = ix.parts.gpu.filter((g) => g.specs.cooling === "passive" && moduleForm(g.name, g.specs) === "PCIe");
  if (passive.length === 0) return;
  const cases = ix.parts.case;
  const unknown = cases.filter((c) => c.specs.type === undefined);
  if (cases.length > 0 && cases.every((c) => c.specs.type === "Rackmount")) return;
  if (unknown.length > 0 && cases.every((c) => c.specs.type === undefined || c.specs.type === "Rackmount")) {
    const missing = unknown.map((c) => `the type of ${c.name}`);
    out.push(unknownNote(RULE_IDS.gpuPassiveCooling, "whether the case moves air through the passive GPUs", missing, [...passive, ...unknown]));
    return;
  }
  const where = cases.length > 0 ? `in ${cases.map((c) => c.name).join(" + ")}` : "in a desktop case";
  const msg = `${passive.map(qtyName).join(" + ")} ${passive.length === 1 && passive[0]!.qty === 1 ? "is" : "are"} passively cooled: no fan, built for servers that force air front to back through the card. ${where[0]!.toUpperCase()}${where.slice(1)} it will overheat and throttle. Use a GPU server chassis, or fit a blower fan shroud to each card (3D-printed shrouds with a 40 mm or 97 mm blower are common) and check temperatures under load.`;
  out.push(finding(RULE_IDS.gpuPassiveCooling, "warning", msg, [...passive, ...cases]));
}

export const checkGpuModules: RuleGroup = ({ ix }, out) => {
  if (ix.gpuCount === 0) return;
  checkModules(ix, out);
  checkPassive(ix, out);
};
