import type { BuildIndex, Entry } from "../build-index";
import { finding, plural, qtyName, unknownNote } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { Finding } from "../types";
import type { RuleGroup } from "./context";

type Drive = Entry<"storage">;

interface DriveGroups {
  m2: Drive[];
  bay25: Drive[];
  bay35: Drive[];
  sata: Drive[];
}

function count(drives: readonly Drive[]): number {
  let n = 0;
  for (const d of drives) n += d.qty;
  return n;
}

function names(drives: readonly Drive[]): string {
  return drives.map(qtyName).join(" + ");
}

/** Sorts drives by what they occupy, noting the ones this check cannot place. */
function groupDrives(drives: readonly Drive[], out: Finding[]): DriveGroups {
  const groups: DriveGroups = { m2: [], bay25: [], bay35: [], sata: [] };
  for (const d of drives) {
    const { formFactor, interface: iface } = d.specs;
    if (formFactor === undefined) {
      const check = `where ${d.name} mounts (M.2 slot or drive bay)`;
      out.push(unknownNote(RULE_IDS.storageFormFactor, check, [`its form factor`], [d]));
    } else if (formFactor.startsWith("M.2")) {
      groups.m2.push(d);
    } else if (formFactor === "U.2" || formFactor === "AIC") {
      const needs = formFactor === "AIC" ? "a free PCIe slot, which it shares with the GPUs" : "a U.2 port or an M.2-to-U.2 adapter";
      out.push(finding(RULE_IDS.storageFormFactor, "note", `${d.name} is a ${formFactor} drive: it needs ${needs}; this check does not count those.`, [d]));
    } else {
      (formFactor === "2.5" ? groups.bay25 : groups.bay35).push(d);
      if (iface === "SATA") groups.sata.push(d);
      else if (iface === "SAS") {
        out.push(finding(RULE_IDS.storageSataPorts, "note", `${d.name} is a SAS drive: it needs a SAS controller (HBA), not a SATA port.`, [d]));
      } else if (iface === undefined) {
        out.push(unknownNote(RULE_IDS.storageSataPorts, `whether ${d.name} needs a SATA port`, [`its interface`], [d]));
      }
    }
  }
  return groups;
}

function checkBoardPorts(ix: BuildIndex, g: DriveGroups, out: Finding[]): void {
  const ports = [
    { ruleId: RULE_IDS.storageM2Slots, drives: g.m2, key: "m2Slots", label: "M.2 slot" },
    { ruleId: RULE_IDS.storageSataPorts, drives: g.sata, key: "sataPorts", label: "SATA port" },
  ] as const;
  for (const board of ix.parts.motherboard) {
    for (const { ruleId, drives, key, label } of ports) {
      const needed = count(drives);
      if (needed === 0) continue;
      const available = board.specs[key];
      if (available === undefined) {
        out.push(unknownNote(ruleId, `whether ${names(drives)} fit`, [`the ${label} count of ${board.name}`], [...drives, board]));
      } else if (needed > available) {
        const msg = `${names(drives)} need ${plural(needed, label)}; ${board.name} has ${available}.`;
        out.push(finding(ruleId, "error", msg, [...drives, board]));
      }
    }
  }
}

function checkBays(ix: BuildIndex, g: DriveGroups, out: Finding[]): void {
  const n35 = count(g.bay35);
  const n25 = count(g.bay25);
  for (const pcCase of ix.parts.case) {
    const { bays35, bays25 } = pcCase.specs;
    if (n35 > 0 && bays35 === undefined) {
      out.push(unknownNote(RULE_IDS.storageBays, `whether ${names(g.bay35)} fit`, [`the 3.5" bay count of ${pcCase.name}`], [...g.bay35, pcCase]));
    } else if (bays35 !== undefined && n35 > bays35) {
      const msg = `${names(g.bay35)} need ${n35} 3.5" bays; ${pcCase.name} has ${bays35}.`;
      out.push(finding(RULE_IDS.storageBays, "error", msg, [...g.bay35, pcCase]));
    }
    if (n25 === 0 || (bays25 !== undefined && n25 <= bays25)) continue;
    const spare35 = bays35 === undefined ? undefined : Math.max(0, bays35 - n35);
    const overflow = n25 - (bays25 ?? 0);
    const involved = [...g.bay25, pcCase];
    if (bays25 === undefined && (spare35 === undefined || overflow > spare35)) {
      out.push(unknownNote(RULE_IDS.storageBays, `whether ${names(g.bay25)} fit`, [`the 2.5" bay count of ${pcCase.name}`], involved));
    } else if (spare35 !== undefined && overflow <= spare35) {
      // A 3.5" bay takes a 2.5" drive with an adapter or a tray that has the holes for it.
      const msg = `${names(g.bay25)} use ${plural(overflow, '3.5" bay')} of ${pcCase.name}: a 2.5" drive fits a 3.5" bay with an adapter (many trays have the holes).`;
      out.push(finding(RULE_IDS.storageBays, "note", msg, involved));
    } else if (spare35 === undefined) {
      out.push(unknownNote(RULE_IDS.storageBays, `whether ${names(g.bay25)} fit`, [`the 3.5" bay count of ${pcCase.name}`], involved));
    } else {
      const msg = `${names(g.bay25)} need ${n25} 2.5" bays; ${pcCase.name} has ${bays25 ?? 0} plus ${plural(spare35, 'free 3.5" bay')}.`;
      out.push(finding(RULE_IDS.storageBays, "error", msg, involved));
    }
  }
}

export const checkStorage: RuleGroup = ({ ix }, out) => {
  if (ix.parts.storage.length === 0) return;
  const groups = groupDrives(ix.parts.storage, out);
  checkBoardPorts(ix, groups, out);
  checkBays(ix, groups, out);
};
