import type { Currency } from "../builds/currencies";
import type { MainsVoltage } from "./psu-efficiency";

/**
 * Household circuits a deep-learning box plugs into. A training run is a continuous load, so
 * it may use 80 % of the breaker rating: the US National Electrical Code sizes circuits for
 * continuous loads (3 hours or more) at 125 % (NEC 210.19(A)(1), 210.20(A)), which leaves 80 %.
 * The same margin is applied to the 230 V circuits: their rules differ by country, and 80 % keeps
 * a plug and breaker that carry a load for days below their rating.
 */
export const CIRCUITS = [
  { id: "na-120v-15a", label: "North America 120 V / 15 A", volts: 120, amps: 15 },
  { id: "na-120v-20a", label: "North America 120 V / 20 A", volts: 120, amps: 20 },
  { id: "na-240v-20a", label: "North America 240 V / 20 A (NEMA 6-20)", volts: 240, amps: 20 },
  { id: "eu-230v-10a", label: "230 V / 10 A", volts: 230, amps: 10 },
  { id: "eu-230v-16a", label: "230 V / 16 A", volts: 230, amps: 16 },
  { id: "uk-230v-13a", label: "UK 230 V / 13 A plug", volts: 230, amps: 13 },
  { id: "jp-100v-15a", label: "Japan 100 V / 15 A", volts: 100, amps: 15 },
  { id: "in-230v-6a", label: "India 230 V / 6 A socket", volts: 230, amps: 6 },
  { id: "in-230v-16a", label: "India 230 V / 16 A socket", volts: 230, amps: 16 },
] as const;

export type CircuitId = (typeof CIRCUITS)[number]["id"];
export const CIRCUIT_IDS = CIRCUITS.map((c) => c.id) as unknown as readonly [CircuitId, ...CircuitId[]];
export const CONTINUOUS_SHARE = 0.8;

export interface Circuit {
  id: CircuitId;
  label: string;
  volts: number;
  amps: number;
  /** Watts a continuous load may draw: volts x amps x 80 %. */
  continuousW: number;
  /** Which 80 PLUS table applies: 115 V for the 100-127 V grids, 230 V otherwise. */
  mains: MainsVoltage;
}

// Built once: every compatibility check reads its build's circuit.
const BY_ID = new Map<string, Readonly<Circuit>>(
  CIRCUITS.map((c) => [c.id, Object.freeze({ ...c, continuousW: Math.floor(c.volts * c.amps * CONTINUOUS_SHARE), mains: c.volts < 200 ? 115 : 230 } as Circuit)]),
);

export function circuit(id: CircuitId): Circuit {
  return BY_ID.get(id)!;
}

export function isCircuitId(value: string): value is CircuitId {
  return CIRCUITS.some((c) => c.id === value);
}

/**
 * The common household outlet where a currency is used, until the user says otherwise: the
 * setting is only a starting point (EUR spans 10 A and 16 A outlet circuits; we take 16 A, the
 * usual Schuko breaker; Switzerland's T13 and Sweden's older 10 A fuses get 10 A).
 */
export const DEFAULT_CIRCUIT: Record<Currency, CircuitId> = {
  USD: "na-120v-15a", CAD: "na-120v-15a", EUR: "eu-230v-16a", GBP: "uk-230v-13a", AUD: "eu-230v-10a",
  JPY: "jp-100v-15a", CHF: "eu-230v-10a", SEK: "eu-230v-10a", INR: "in-230v-6a",
};

export function circuitFor(id: CircuitId | null | undefined, currency: Currency): Circuit {
  return circuit(id ?? DEFAULT_CIRCUIT[currency]);
}
