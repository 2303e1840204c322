import { candidateChecker } from "../compat/candidate-check";
import { partName, type Part } from "../parts/types";
import { toResolvedPart, type ResolvedBuild } from "./types";

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
  const fits = candidateChecker(build);
  const verdicts = new Map<string, boolean>();
  return (part) => {
    const key = `${part.category}\u0000${JSON.stringify(part.specs)}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = fits(toResolvedPart(part, partName(part)));
      verdicts.set(key, verdict);
    }
    return verdict;
  };
}
