import type { GpuSpecs } from "../parts/specs";
import { normalizeToken } from "./finding";
import { architectureFromCc } from "./gpu-architectures";

/**
 * GeForce naming (GTX/RTX plus four digits) without the workstation markers; Titans run tensor
 * math with FP32 accumulation at full rate, so they count as workstation cards here.
 */
export function isGeForce(name: string): boolean {
  return memo(geforceMemo, name, () => /(geforce|\b(gtx|rtx)[\s-]?\d{4})/i.test(name) && !/(quadro|titan|\bada\b|\bpro\b)/i.test(name));
}

// Every check reads these traits for every GPU line; part names and chipsets repeat across builds,
// so the regex work is memoised (bounded, like normalizeToken) to keep the compat bench in budget.
const MEMO_MAX = 1024;
const geforceMemo = new Map<string, boolean>();

/** Per specs object, with the inputs it was computed from, so a changed object is recomputed. */
interface TraitMemo {
  name: string;
  chipset: string | undefined;
  architecture: string | undefined;
  computeCapability: string | undefined;
  vendor: string | undefined;
  form?: GpuModuleForm;
  interconnect?: Interconnect;
}
const traitMemo = new WeakMap<GpuSpecs, TraitMemo>();

function traitsOf(name: string, specs: GpuSpecs): TraitMemo {
  let m = traitMemo.get(specs);
  if (!m || m.name !== name || m.chipset !== specs.chipset || m.architecture !== specs.architecture || m.computeCapability !== specs.computeCapability || m.vendor !== specs.vendor) {
    m = { name, chipset: specs.chipset, architecture: specs.architecture, computeCapability: specs.computeCapability, vendor: specs.vendor };
    traitMemo.set(specs, m);
  }
  return m;
}

function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let out = cache.get(key);
  if (out === undefined) {
    out = compute();
    if (cache.size >= MEMO_MAX) cache.clear();
    cache.set(key, out);
  }
  return out;
}

export type GpuModuleForm = "SXM" | "OAM" | "PCIe";

/**
 * SXM and OAM modules have no PCIe edge connector: they mount on a baseboard (NVIDIA HGX for
 * SXM) that carries their power, cooling and NVLink fabric. Read from the chipset or name
 * ("A100 SXM4", "H100 SXM5"), so custom and imported parts are covered too.
 */
export function moduleForm(name: string, specs: GpuSpecs): GpuModuleForm {
  const m = traitsOf(name, specs);
  return (m.form ??= formOf(`${specs.chipset ?? ""} ${name}`));
}

function formOf(text: string): GpuModuleForm {
  if (/\bSXM\d?\b/i.test(text)) return "SXM";
  if (/\bOAM\b/i.test(text)) return "OAM";
  return "PCIe";
}

export interface Interconnect {
  /** NVLink bridge between two identical cards: true, false, or null when unknown. */
  nvlinkBridge: boolean | null;
  /** Peer-to-peer copies over PCIe with NVIDIA's stock driver. */
  pcieP2p: boolean | null;
  source: string;
}

const ADA_NO_NVLINK =
  "Ada has no NVLink: NVIDIA's CEO confirmed the connector was dropped from the RTX 4090 and RTX 6000 Ada (TweakTown, TechPowerUp, 2022-09)";
const GEFORCE_NO_P2P =
  "GeForce drivers do not enable peer-to-peer over PCIe from Turing on: the RTX 2080 Ti only with an NVLink bridge (NVIDIA developer forum, tensorflow issue 24677; nccl-tests issue 117), the RTX 3090 and 4090 not at all (tinygrad/open-gpu-kernel-modules patches it in for the 4090 and 5090; sglang PR 531: 'RTX 40 series ... do not have P2P')";
const GEFORCE_P2P_UNKNOWN =
  "older GeForce cards report peer-to-peer per system (nvidia-smi topo -p2p r shows it; a GTX 1080 Ti in a VM reports 'chipset not supported', NCCL issue 175)";
/** GeForce generations whose stock driver refuses peer-to-peer over PCIe. */
const GEFORCE_NO_P2P_ARCH = new Set(["Turing", "Ampere", "Ada", "Blackwell"]);

/** NVLink bridge support by chipset, from the products' pages and launch coverage. */
const NVLINK_BY_CHIPSET: Record<string, { bridge: boolean; source: string }> = {
  [normalizeToken("GeForce RTX 3090")]: { bridge: true, source: "only the RTX 3090 and 3090 Ti kept NVLink among Ampere GeForce cards (NVIDIA; wccftech 2022)" },
  [normalizeToken("GeForce RTX 3090 Ti")]: { bridge: true, source: "NVIDIA; wccftech 2022" },
  [normalizeToken("GeForce RTX 2080 Ti")]: { bridge: true, source: "NVIDIA Turing GeForce: 2-way NVLink bridge" },
  [normalizeToken("TITAN RTX")]: { bridge: true, source: "NVIDIA TITAN RTX: 2-way NVLink bridge" },
  [normalizeToken("RTX A6000")]: { bridge: true, source: "NVIDIA RTX A6000 data sheet: 2-way NVLink bridge, 112.5 GB/s" },
  [normalizeToken("A100 PCIe")]: { bridge: true, source: "A100 PCIe cards pair over an NVLink bridge (Lenovo Press product guide)" },
  [normalizeToken("H100 PCIe")]: { bridge: true, source: "NVIDIA H100 PCIe: NVLink bridge, 600 GB/s" },
  [normalizeToken("Tesla V100 PCIe")]: { bridge: false, source: "the V100's NVLink is on the SXM2 module only; the PCIe card talks over PCIe" },
  [normalizeToken("RTX A4000")]: { bridge: false, source: "NVIDIA RTX A4000: no NVLink" },
  [normalizeToken("GeForce RTX 3080")]: { bridge: false, source: "only the 3090/3090 Ti kept NVLink (wccftech 2022)" },
  [normalizeToken("GeForce RTX 3070")]: { bridge: false, source: "only the 3090/3090 Ti kept NVLink (wccftech 2022)" },
  [normalizeToken("GeForce RTX 3060 12GB")]: { bridge: false, source: "only the 3090/3090 Ti kept NVLink (wccftech 2022)" },
};

/** No NVLink bridge on these architectures' PCIe cards. */
const NO_NVLINK_ARCH = new Set(["Kepler", "Maxwell", "Pascal", "Ada", "Blackwell"]);

export function interconnect(name: string, specs: GpuSpecs): Interconnect {
  const m = traitsOf(name, specs);
  return (m.interconnect ??= computeInterconnect(name, specs));
}

function computeInterconnect(name: string, specs: GpuSpecs): Interconnect {
  const geforce = isGeForce(name);
  const arch = specs.architecture ?? architectureFromCc(specs.computeCapability);
  const noP2p = geforce && arch !== undefined && GEFORCE_NO_P2P_ARCH.has(arch);
  const p2p = specs.vendor !== undefined && specs.vendor !== "nvidia" ? null : noP2p ? false : geforce ? null : true;
  const p2pSource = noP2p ? GEFORCE_NO_P2P : geforce ? GEFORCE_P2P_UNKNOWN : "workstation and data-centre cards support peer-to-peer over PCIe";
  const known = specs.chipset ? NVLINK_BY_CHIPSET[normalizeToken(specs.chipset)] : undefined;
  if (known) return { nvlinkBridge: known.bridge, pcieP2p: p2p, source: `${known.source}; ${p2pSource}` };
  if (arch && NO_NVLINK_ARCH.has(arch)) {
    const why = arch === "Ada" ? ADA_NO_NVLINK : arch === "Blackwell" ? "Blackwell PCIe cards (RTX 50, RTX PRO 6000) carry no NVLink connector" : `${arch} PCIe cards have no NVLink bridge (SLI only on GeForce)`;
    return { nvlinkBridge: false, pcieP2p: p2p, source: `${why}; ${p2pSource}` };
  }
  return { nvlinkBridge: null, pcieP2p: p2p, source: p2pSource };
}
