import type { Entry } from "../build-index";
import { finding, normalizeToken, unknownNote } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { Finding } from "../types";
import type { RuleGroup } from "./context";

type Cpu = Entry<"cpu">;
type Board = Entry<"motherboard">;
type Cooler = Entry<"cpu-cooler">;

function checkSocket(cpu: Cpu, board: Board, out: Finding[]): void {
  const { socket: cpuSocket } = cpu.specs;
  const { socket: boardSocket } = board.specs;
  if (cpuSocket === undefined || boardSocket === undefined) {
    const missing: string[] = [];
    if (cpuSocket === undefined) missing.push(`the socket of ${cpu.name}`);
    if (boardSocket === undefined) missing.push(`the socket of ${board.name}`);
    out.push(unknownNote(RULE_IDS.cpuSocket, `whether ${cpu.name} fits ${board.name}`, missing, [cpu, board]));
  } else if (normalizeToken(cpuSocket) !== normalizeToken(boardSocket)) {
    out.push(
      finding(
        RULE_IDS.cpuSocket,
        "error",
        `${cpu.name} uses socket ${cpuSocket}, but ${board.name} has socket ${boardSocket}.`,
        [cpu, board],
      ),
    );
  }
}

/** The CPU's own socket decides; when unknown, the board's socket stands in for it. */
function checkCoolerSocket(cooler: Cooler, holder: Cpu | Board, out: Finding[]): void {
  const socket = holder.specs.socket;
  const sockets = cooler.specs.sockets;
  if (socket === undefined || sockets === undefined) {
    const missing: string[] = [];
    if (sockets === undefined) missing.push(`the socket list of ${cooler.name}`);
    if (socket === undefined) missing.push(`the socket of ${holder.name}`);
    out.push(unknownNote(RULE_IDS.cpuCoolerSocket, `whether ${cooler.name} mounts on ${holder.name}`, missing, [cooler, holder]));
    return;
  }
  const wanted = normalizeToken(socket);
  if (!sockets.some((s) => normalizeToken(s) === wanted)) {
    out.push(
      finding(
        RULE_IDS.cpuCoolerSocket,
        "error",
        `${cooler.name} does not support socket ${socket} (${holder.name}); it lists ${sockets.join(", ")}.`,
        [cooler, holder],
      ),
    );
  }
}

function checkBundledCooler(cpu: Cpu, out: Finding[]): void {
  const bundled = cpu.specs.bundledCooler;
  if (bundled === undefined) {
    out.push(
      unknownNote(RULE_IDS.cpuCoolerMissing, `whether ${cpu.name} needs a separate cooler`, [`whether it ships with a cooler`], [cpu]),
    );
  } else if (!bundled) {
    out.push(
      finding(
        RULE_IDS.cpuCoolerMissing,
        "warning",
        `${cpu.name} comes without a cooler and the build has none: add a CPU cooler.`,
        [cpu],
      ),
    );
  }
}

export const checkCpu: RuleGroup = ({ ix }, out) => {
  const { cpu: cpus, motherboard: boards, "cpu-cooler": coolers } = ix.parts;
  for (const cpu of cpus) {
    for (const board of boards) checkSocket(cpu, board, out);
    if (coolers.length === 0) checkBundledCooler(cpu, out);
    const holders: (Cpu | Board)[] =
      cpu.specs.socket === undefined && boards.some((b) => b.specs.socket !== undefined) ? boards : [cpu];
    for (const cooler of coolers) for (const holder of holders) checkCoolerSocket(cooler, holder, out);
  }
  if (cpus.length === 0) {
    for (const cooler of coolers) for (const board of boards) checkCoolerSocket(cooler, board, out);
  }
};
