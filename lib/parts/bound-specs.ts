import type { z } from "zod";
import type { Category } from "./categories";
import { SPEC_SCHEMAS, type SpecsByCategory } from "./specs";

/** A spec value left out because its category's schema refuses it. */
export interface DroppedSpec {
  /** Dotted path, e.g. "powerConnectors.pin16". */
  key: string;
  /** The refused value, shortened for display. */
  value: string;
  reason: string;
}

export interface BoundedSpecs<C extends Category> {
  specs: SpecsByCategory[C];
  dropped: DroppedSpec[];
}

// Each pass drops at least one key, and a schema has at most a few dozen keys (nested
// connector maps included); past this many passes the input is not a spec object at all.
const MAX_PASSES = 40;
const MAX_SHOWN = 40;

type Obj = Record<string, unknown>;

/** The reason given for a key the category's schema does not have (often a typo). */
export const NOT_A_SPEC = "not a spec of this category";

const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

function objectAt(root: Obj, path: readonly PropertyKey[]): Obj | null {
  let node: unknown = root;
  for (const key of path) node = typeof key === "string" && isObject(node) ? node[key] : undefined;
  return isObject(node) ? node : null;
}

/**
 * Removes what `issue` complains about from `root`: the unknown keys, or the one bad value.
 * A bad array element drops the whole array (["DDR4", 7] is not half right). False when
 * nothing could be removed, so the caller stops instead of looping.
 */
function dropIssue(root: Obj, issue: z.core.$ZodIssue, dropped: DroppedSpec[]): boolean {
  if (issue.code === "unrecognized_keys") {
    const holder = objectAt(root, issue.path);
    if (!holder) return false;
    const prefix = issue.path.map(String).map((k) => `${k}.`).join("");
    for (const key of issue.keys) {
      dropped.push({ key: prefix + key, value: shown(holder[key]), reason: NOT_A_SPEC });
      delete holder[key];
    }
    return issue.keys.length > 0;
  }
  const arrayAt = issue.path.findIndex((k) => typeof k !== "string");
  const path = arrayAt === -1 ? issue.path : issue.path.slice(0, arrayAt);
  const holder = objectAt(root, path.slice(0, -1));
  const key = path.at(-1);
  if (!holder || typeof key !== "string" || !(key in holder)) return false;
  dropped.push({ key: path.map(String).join("."), value: shown(holder[key]), reason: issue.message });
  delete holder[key];
  // A connector list emptied this way is unknown, not "no connectors".
  const parentKey = path.at(-2);
  if (Object.keys(holder).length === 0 && typeof parentKey === "string") delete objectAt(root, path.slice(0, -2))?.[parentKey];
  return true;
}

/**
 * Keeps every spec value its category's schema accepts and drops the rest, each with a reason.
 * Used where specs were stored or imported without today's bounds: a value outside its range
 * then reads as unknown instead of driving a check (or a loop) with an absurd number.
 */
export function boundSpecs<C extends Category>(category: C, input: unknown): BoundedSpecs<C> {
  const schema = SPEC_SCHEMAS[category];
  const first = schema.safeParse(input);
  if (first.success) return { specs: first.data as SpecsByCategory[C], dropped: [] };
  const dropped: DroppedSpec[] = [];
  if (!isObject(input)) return { specs: {} as SpecsByCategory[C], dropped: [{ key: "(specs)", value: shown(input), reason: "not an object" }] };
  const current = structuredClone(input);
  let issues = first.error.issues;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    let progress = false;
    for (const issue of issues) progress = dropIssue(current, issue, dropped) || progress;
    if (!progress) break;
    const next = schema.safeParse(current);
    if (next.success) return { specs: next.data as SpecsByCategory[C], dropped };
    issues = next.error.issues;
  }
  return { specs: {} as SpecsByCategory[C], dropped: [...dropped, { key: "(specs)", value: "", reason: "could not be validated; all specs dropped" }] };
}

/** One line per dropped value, for notes and import reports. */
export function describeDropped(d: DroppedSpec): string {
  return `${d.key} ${d.value} ignored (${d.reason})`;
}
