import { ValidationError } from "../errors";
import type { ImportChoice } from "../import-export";
import type { Part } from "../parts/types";

/** Checks the user's picks: each line exists and each chosen part is in the catalog (400 naming the field otherwise). */
export function checkChoices(choices: readonly ImportChoice[] | undefined, lines: number, byId: ReadonlyMap<string, Part>): ImportChoice[] {
  const errors: Record<string, string[]> = {};
  (choices ?? []).forEach((choice, i) => {
    if (choice.line >= lines) errors[`choices.${i}.line`] = [`The list has ${lines} line(s)`];
    else if (choice.partId !== null && !byId.has(choice.partId)) errors[`choices.${i}.partId`] = [`Unknown part "${choice.partId}"`];
  });
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return [...(choices ?? [])];
}
