import type { GpuCard, BuildFacts } from "../build-facts";
import { moduleCount } from "../build-facts";
import { dimmSlotAdvice } from "../dimm-slots";
import type { ChecklistSection } from "../types";

type ConnectorKey = "pin16" | "pin8" | "pin6" | "eps8";
const CONNECTOR_LABELS: [ConnectorKey, string][] = [
  ["pin16", "16-pin 12VHPWR/12V-2x6"],
  ["pin8", "8-pin PCIe"],
  ["pin6", "6-pin PCIe"],
  ["eps8", "8-pin EPS"],
];

function describe(counts: Partial<Record<ConnectorKey, number>>): string {
  const parts = CONNECTOR_LABELS.filter(([key]) => (counts[key] ?? 0) > 0).map(
    ([key, label]) => `${counts[key]} x ${label}`,
  );
  return parts.length > 0 ? parts.join(" + ") : "no auxiliary power plug";
}

/** Per distinct card model, and the total, so the builder can count cables before closing the case. */
export function gpuConnectorText(cards: GpuCard[]): string {
  const byName = new Map<string, GpuCard[]>();
  for (const card of cards) byName.set(card.name, [...(byName.get(card.name) ?? []), card]);
  const totals: Partial<Record<ConnectorKey, number>> = {};
  let unknown = false;
  const lines = [...byName.entries()].map(([name, group]) => {
    const connectors = group[0]?.specs.powerConnectors;
    if (!connectors) {
      unknown = true;
      return `${name} x${group.length}: connectors unknown, check the card`;
    }
    for (const [key] of CONNECTOR_LABELS) totals[key] = (totals[key] ?? 0) + (connectors[key] ?? 0) * group.length;
    return `${name} x${group.length}: ${describe(connectors)} per card`;
  });
  const total = unknown || cards.length < 2 ? "" : `; ${describe(totals)} in total`;
  return lines.join("; ") + total;
}

export function beforePowerOnSection(facts: BuildFacts): ChecklistSection {
  const modules = moduleCount(facts.memoryKits);
  const slots = facts.board?.specs.memorySlots;
  const advice = dimmSlotAdvice(modules, slots);
  const gpuText = facts.cards.length > 0 ? ` GPU power: ${gpuConnectorText(facts.cards)}.` : "";
  return {
    id: "before-power-on",
    title: "Before power-on",
    items: [
      {
        id: "power.connectors",
        title: "Power connectors seated",
        run: "Look and push: 24-pin ATX, CPU EPS, and every GPU power plug, with the PSU switched off.",
        expect: `24-pin ATX and the CPU EPS plug(s) latched.${gpuText}`,
        judge:
          "Pass when every plug is fully latched with no visible gap; use a separate PSU cable per 8-pin GPU input " +
          "where the PSU has enough, and push 16-pin plugs in until flush (partly seated 16-pin plugs have melted).",
      },
      {
        id: "power.ram-slots",
        title: "Memory in the slots the board prefers",
        run: "Compare the populated slots with the board manual's memory population table.",
        expect: advice.text,
        judge: "Pass when the modules sit in those slots and both latches are closed on each module.",
      },
    ],
  };
}
