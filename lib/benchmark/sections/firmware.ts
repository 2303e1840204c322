import type { BuildFacts } from "../build-facts";
import { fmt, moduleCount, totalMemoryGb } from "../build-facts";
import { minKnown } from "../pcie-link";
import type { ChecklistItem, ChecklistSection } from "../types";

/**
 * The OS sees less than the DIMMs hold (firmware and iGPU reservations, a few percent) while one
 * missing module removes 1/n of it; the bar sits halfway between, never above 97%.
 */
export function dimmShare(modules: number | undefined): number {
  if (modules === undefined || modules < 1) return 0.9;
  return Math.min(0.97, 1 - 0.5 / modules);
}

function kitsText(facts: BuildFacts): string {
  return facts.memoryKits
    .map((kit) => {
      const { modules, moduleGb } = kit.specs;
      const size = modules && moduleGb ? `${modules * kit.quantity} x ${moduleGb} GB` : "size unknown";
      return `${kit.name} (${size})`;
    })
    .join(", ");
}

function driveText(facts: BuildFacts): string {
  return facts.drives
    .map((d) => {
      const size = d.specs.capacityGb ? `${d.specs.capacityGb} GB` : "size unknown";
      return [size, d.specs.interface, `(${d.name})`].filter(Boolean).join(" ");
    })
    .join(", ");
}

function memoryItems(facts: BuildFacts): ChecklistItem[] {
  const total = totalMemoryGb(facts.memoryKits);
  const modules = moduleCount(facts.memoryKits);
  const kitSpeed = minKnown(facts.memoryKits.map((k) => k.specs.speedMts));
  const boardMax = facts.board?.specs.memorySpeedMaxMts;
  const speed = minKnown([kitSpeed, boardMax]);
  const jedec = facts.cpu?.specs.memorySpeedMts;
  const capped = kitSpeed !== undefined && boardMax !== undefined && boardMax < kitSpeed;
  return [
    {
      id: "firmware.dimms",
      title: "All memory detected",
      run: "Firmware setup's memory page; on Linux `sudo dmidecode -t memory` or `free -g`.",
      expect: total !== undefined ? `${fmt(total)} GB in ${modules} modules: ${kitsText(facts)}.` : `Memory size unknown: ${kitsText(facts) || "no memory in this build"}.`,
      judge:
        "Pass when the firmware shows the full amount. Linux `free` shows a few percent less (reserved memory); " +
        "a missing module shows as a whole module less: reseat it, then swap slots to tell module from slot.",
      ...(total !== undefined && {
        expected: { metric: "memory.totalGb", value: total, unit: "GB", minShare: Number(dimmShare(modules).toFixed(3)) },
      }),
      probe: { kind: "ram-total" },
    },
    {
      id: "firmware.memory-speed",
      title: "Memory at its rated speed (XMP/EXPO on)",
      run: "Enable the XMP (Intel) or EXPO (AMD) profile in firmware; check with `sudo dmidecode -t memory | grep -i 'configured memory speed'`.",
      expect:
        speed !== undefined
          ? `${speed} MT/s${capped ? ` (the board lists ${boardMax} MT/s at most, below the kit's ${kitSpeed})` : ""}` +
            `${jedec !== undefined && speed > jedec ? `; without the profile it runs at the CPU's JEDEC ${jedec} MT/s` : ""}.`
          : "Kit speed unknown: the speed printed on the kit's label.",
      judge:
        "Pass at the rated speed. If the box is unstable at it (four modules, or DDR5), stepping down one speed grade is " +
        "an accepted trade; leave it at JEDEC speed only if memtester fails at every profile.",
      ...(speed !== undefined && { expected: { metric: "memory.speedMts", value: speed, unit: "MT/s" } }),
      probe: { kind: "ram-speed" },
    },
  ];
}

export function firmwareSection(facts: BuildFacts): ChecklistSection {
  const count = facts.driveTotal;
  return {
    id: "firmware",
    title: "First boot and firmware",
    items: [
      ...memoryItems(facts),
      {
        id: "firmware.drives",
        title: "Every drive detected",
        run: "Firmware boot/storage page; on Linux `lsblk -d -o NAME,SIZE,ROTA,TRAN,MODEL`.",
        expect: count > 0 ? `${count} drive${count > 1 ? "s" : ""}: ${driveText(facts)}.` : "No drives in this build.",
        judge:
          "Pass when each drive is listed at about its size (vendors count 1 GB = 10^9 bytes). A missing SATA drive: " +
          "check both cables; a missing M.2 drive: some boards disable an M.2 slot when certain SATA ports are used.",
        expected: { metric: "drives.count", value: count, unit: "drives" },
        probe: { kind: "drive-count" },
      },
    ],
  };
}
