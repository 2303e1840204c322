import path from "node:path";
import { referenceObservations, referencePricesSchema, type PriceObservation } from "../prices";
import { formatIssues, readJsonFile } from "./read-json-file";

export const defaultReferencePricesFile = () => path.join(process.cwd(), "prisma/seed/prices.json");

/** Reads and validates prisma/seed/prices.json; any problem stops start-up, naming the entry. */
export function loadReferencePrices(file: string = defaultReferencePricesFile()): PriceObservation[] {
  const problems: string[] = [];
  const name = path.basename(file);
  const data = readJsonFile(file, problems, name);
  if (data !== undefined) {
    const result = referencePricesSchema.safeParse(data);
    if (result.success) return referenceObservations(result.data);
    problems.push(...formatIssues(result.error.issues).map((issue) => `${name}: ${issue}`));
  }
  throw new Error(`Reference prices ${file} are invalid:\n  - ${problems.join("\n  - ")}`);
}
