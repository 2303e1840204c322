import { BOARD_FORM_FACTORS, MEMORY_TYPES, PSU_FORM_FACTORS } from "../../parts/specs";
import type { Notes } from "./read";

type BoardFormFactor = (typeof BOARD_FORM_FACTORS)[number];
type PsuFormFactor = (typeof PSU_FORM_FACTORS)[number];
type MemoryType = (typeof MEMORY_TYPES)[number];

/**
 * OpenDB socket names to ours: "LGA 1700" -> "LGA1700", "AM5" unchanged. Dual-socket boards
 * ("2 x LGA 2011") take the single socket's CPUs; soldered "Integrated ..." CPUs have no socket.
 */
export function normalizeSocket(raw: string, notes: Notes): string | undefined {
  if (/^integrated\b/i.test(raw)) {
    notes.push(`socket "${raw}": soldered CPU, no socket`);
    return undefined;
  }
  const prefix = /^\d+\s*x\s*/i.exec(raw);
  const single = prefix ? raw.slice(prefix[0].length) : "";
  const dual = single !== "" && !single.includes("\n");
  if (dual) notes.push(`socket "${raw}": multi-socket board, recorded as one socket`);
  const socket = (dual ? single : raw).replace(/^LGA\s+/i, "LGA").replace(/\s+/g, " ").trim();
  if (/^LGA115$/i.test(socket)) {
    notes.push(`socket "${raw}": ambiguous LGA115x family, dropped`);
    return undefined;
  }
  return socket;
}

export function normalizeSockets(raw: string[] | undefined, notes: Notes): string[] | undefined {
  if (!raw) return undefined;
  const sockets = [...new Set(raw.map((s) => normalizeSocket(s, notes)).filter((s): s is string => !!s))];
  return sockets.length > 0 ? sockets : undefined;
}

const BOARD: Record<string, BoardFormFactor> = {
  atx: "ATX",
  "micro atx": "Micro-ATX",
  "mini-itx": "Mini-ITX",
  "thin mini-itx": "Mini-ITX",
  eatx: "E-ATX",
  "ssi eeb": "SSI-EEB",
  "xl atx": "XL-ATX",
};

/** Board sizes; CEB, DTX, HPTX and Flex ATX have no equivalent in our list and are dropped. */
export function boardFormFactor(raw: string | undefined, notes: Notes): BoardFormFactor | undefined {
  if (raw === undefined) return undefined;
  const ff = BOARD[raw.toLowerCase()];
  if (!ff) notes.push(`form factor "${raw}" not in our list, dropped`);
  return ff;
}

export function boardFormFactors(raw: string[] | undefined, notes: Notes): BoardFormFactor[] | undefined {
  if (!raw) return undefined;
  const list = [...new Set(raw.map((r) => boardFormFactor(r, notes)).filter((f): f is BoardFormFactor => !!f))];
  return list.length > 0 ? list : undefined;
}

const PSU: Record<string, PsuFormFactor> = { atx: "ATX", "atx/eps": "ATX", sfx: "SFX", "sfx-l": "SFX-L", tfx: "TFX" };

export function psuFormFactor(raw: string | undefined, notes: Notes): PsuFormFactor | undefined {
  if (raw === undefined) return undefined;
  const ff = PSU[raw.toLowerCase()];
  if (!ff) notes.push(`PSU form factor "${raw}" not in our list, dropped`);
  return ff;
}

export function memoryType(raw: string | undefined, notes: Notes): MemoryType | undefined {
  if (raw === undefined) return undefined;
  const type = MEMORY_TYPES.find((t) => t === raw.toUpperCase());
  if (!type) notes.push(`memory type "${raw}" not in our list, dropped`);
  return type;
}

/** "PCIe 4.0 x16" -> 4; "PCIe x16" (generation not given) -> undefined. */
export function pcieGeneration(raw: string | undefined): number | undefined {
  const match = raw ? /PCIe\s*(\d+)(?:\.\d+)?/i.exec(raw) : null;
  return match ? Number(match[1]) : undefined;
}
