import type { BuildFacts, Drive } from "../build-facts";
import { minKnown } from "../pcie-link";
import { DRIVE_READ_SHARE, NVME_CEILING_MBPS, SATA_CEILING_MBPS } from "../thresholds";
import type { ChecklistItem, ChecklistSection } from "../types";

export interface ReadTarget {
  mbps?: number;
  basis: string;
}

/** What a sequential read should reach: the drive's rating, capped by what its link can carry. */
export function readTarget(drive: Drive, boardPcieGen: number | undefined): ReadTarget {
  const { interface: iface, seqReadMBps: rated, pcieGen, type } = drive.specs;
  // A spinning disk is far below its interface: only its own rating means anything.
  if (type === "HDD") {
    return rated !== undefined ? { mbps: rated, basis: `rated ${rated} MB/s` } : { basis: "hard disk without a rated speed: record the figure" };
  }
  if (iface === "SATA") {
    const mbps = Math.min(rated ?? SATA_CEILING_MBPS, SATA_CEILING_MBPS);
    return { mbps, basis: rated !== undefined ? `rated ${rated} MB/s, SATA ceiling about ${SATA_CEILING_MBPS}` : `SATA ceiling about ${SATA_CEILING_MBPS} MB/s` };
  }
  if (iface === "NVMe") {
    const gen = minKnown([pcieGen, boardPcieGen]);
    const ceiling = gen !== undefined ? NVME_CEILING_MBPS[gen] : undefined;
    const mbps = minKnown([rated, ceiling]);
    const link = gen !== undefined ? `PCIe ${gen}.0 x4 carries about ${ceiling ?? "?"} MB/s` : "PCIe generation unknown";
    return { mbps, basis: rated !== undefined ? `rated ${rated} MB/s; ${link}` : link };
  }
  if (rated !== undefined) return { mbps: rated, basis: `rated ${rated} MB/s` };
  return { basis: "interface unknown: record the figure" };
}

function readItem(drive: Drive, boardPcieGen: number | undefined): ChecklistItem {
  const target = readTarget(drive, boardPcieGen);
  return {
    id: `storage.seq-read.drive${drive.index}`,
    title: `Drive ${drive.index} sequential read (${drive.name})`,
    run:
      "Read only: `sudo fio --name=seqread --filename=/dev/<drive> --readonly --rw=read --bs=1M --iodepth=32 " +
      "--ioengine=libaio --direct=1 --runtime=20 --time_based` (the script's quick mode reads a temp file instead).",
    expect:
      target.mbps !== undefined
        ? `At least ${Math.round(target.mbps * DRIVE_READ_SHARE)} MB/s (${Math.round(DRIVE_READ_SHARE * 100)}% of ${target.mbps}; ${target.basis}).`
        : `${target.basis}.`,
    judge:
      "fio at queue depth 32 reads at 80-95% of the rating; dd reads at depth 1 and understates NVMe drives, so judge NVMe with fio. " +
      "Far below: SATA cable or port (SATA II is 300 MB/s), or an M.2 slot wired to fewer/older lanes.",
    ...(target.mbps !== undefined && {
      expected: { metric: "drive.seqReadMBps", value: target.mbps, unit: "MB/s", minShare: DRIVE_READ_SHARE },
    }),
    probe: {
      kind: "drive-read",
      drive: { interface: drive.specs.interface ?? "unknown", capacityGb: drive.specs.capacityGb ?? null },
    },
  };
}

export function storageSection(facts: BuildFacts): ChecklistSection {
  const boardGen = facts.board?.specs.pcieGen;
  const items = facts.drives.map((d) => readItem(d, boardGen));
  if (facts.drives.length > 0) {
    items.push({
      id: "storage.smart",
      title: "SMART health of every drive",
      run: "`sudo smartctl -H /dev/<drive>` for each drive; NVMe also `sudo nvme smart-log /dev/nvme0`.",
      expect: `0 of ${facts.driveTotal} drives reporting a failed health check.`,
      judge: "Pass when every drive reports PASSED (NVMe: critical_warning 0). New drives with reallocated sectors or media errors go back.",
      expected: { metric: "drives.smartFailed", value: 0, unit: "drives", better: "lower" },
      probe: { kind: "smart" },
    });
  }
  return { id: "storage", title: "Storage", items };
}
