import { checkCompatibility } from "../compat/check-compatibility";
import { partName, type Part } from "../parts/types";
import { toResolvedPart, type ResolvedBuild } from "./types";

const CANDIDATE_ID = "__candidate__";

/**
 * "Compatible parts only" in the picker: a candidate passes when adding it to the build
 * raises no error that involves it. Errors the build already had, or that only involve
 * other parts, do not hide candidates.
 *
 * Whether a candidate fits depends on its category and specs only (never its name or id), and
 * catalogs hold many parts with identical specs (colour variants, OEM and retail boxes), so each
 * distinct spec set is checked once per request.
 */
export function compatibleWith(build: ResolvedBuild): (part: Part) => boolean {
  const verdicts = new Map<string, boolean>();
  return (part) => {
    const key = `${part.category}\u0000${JSON.stringify(part.specs)}`;
    let fits = verdicts.get(key);
    if (fits === undefined) {
      const trial: ResolvedBuild = {
        ...build,
        items: [...build.items, { id: CANDIDATE_ID, part: toResolvedPart(part, partName(part)), quantity: 1, priceCents: part.priceCents, discountCents: 0 }],
      };
      fits = !checkCompatibility(trial).findings.some((f) => f.severity === "error" && f.itemIds.includes(CANDIDATE_ID));
      verdicts.set(key, fits);
    }
    return fits;
  };
}
