import { checkCompatibility } from "../compat/check-compatibility";
import { partName, type Part } from "../parts/types";
import { toResolvedPart, type ResolvedBuild, type ResolvedPart } from "./types";

const CANDIDATE_ID = "__candidate__";

/**
 * "Compatible parts only" in the picker: a candidate passes when adding it to the build
 * raises no error that involves it. Errors the build already had, or that only involve
 * other parts, do not hide candidates.
 */
export function compatibleWith(build: ResolvedBuild): (part: Part) => boolean {
  return (part) => {
    const candidate: ResolvedPart = toResolvedPart(part, partName(part));
    const trial: ResolvedBuild = {
      ...build,
      items: [...build.items, { id: CANDIDATE_ID, part: candidate, quantity: 1, priceCents: part.priceCents, discountCents: 0 }],
    };
    return !checkCompatibility(trial).findings.some((f) => f.severity === "error" && f.itemIds.includes(CANDIDATE_ID));
  };
}
