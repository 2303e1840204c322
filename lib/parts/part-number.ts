import { splitTrailingParens } from "../text/trailing-parens";

const PART_NUMBER = /^[A-Za-z0-9][A-Za-z0-9./-]{5,}$/;

/**
 * A manufacturer part number in parentheses at the end of a curated name ("960 EVO 500GB
 * (MZ-V6E500BW)"): at least six characters of letters, digits and ./-, with a letter and a digit.
 * Read by hand: /\s*\((?=[^)]*[A-Za-z])(?=[^)]*\d)[A-Za-z0-9][A-Za-z0-9./-]{5,}\)\s*$/ retries from
 * every "(" of a long name (quadratic; lib/security/regex-audit.test.ts).
 */
export function splitTrailingPartNumber(name: string): { name: string; partNumber: string } | null {
  const parens = splitTrailingParens(name);
  if (!parens) return null;
  const { inner } = parens;
  if (!PART_NUMBER.test(inner) || !/[A-Za-z]/.test(inner) || !/\d/.test(inner)) return null;
  return { name: parens.name, partNumber: inner };
}
