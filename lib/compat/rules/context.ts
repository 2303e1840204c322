import type { Circuit } from "../../power/circuits";
import type { PowerEstimate } from "../../power/types";
import type { BuildIndex } from "../build-index";
import type { Finding } from "../types";

export interface RuleContext {
  ix: BuildIndex;
  power: PowerEstimate;
  /** The wall circuit the build plugs into (the build's setting or its currency's default). */
  circuit: Circuit;
}

/** A rule group appends its findings; order does not matter, the report sorts them. */
export type RuleGroup = (ctx: RuleContext, out: Finding[]) => void;
