import { buildDraftSchema, type BuildDraft, type DraftItem } from "../builds/draft";
import { parseSpecs } from "../parts/parse-specs";
import { BUILD_JSON_FORMAT, BUILD_JSON_VERSION, buildJsonV1Schema, type PartSnapshot } from "./build-json";
import { parseUntrustedJson } from "../json/untrusted-json";
import { importFailure, type ImportFailure } from "./errors";
import { checkImportText } from "./input-guard";
import { fileSafeDeep } from "../text/file-safe";

const MULTILINE_FIELDS = new Set(["notes"]);

export interface ImportedBuildJson {
  ok: true;
  draft: BuildDraft;
  /** Catalog snapshot of each item that references a part id, by item index. */
  snapshots: Record<number, PartSnapshot>;
}

const MAX_ISSUES = 5;

/** Reads a `dl-box-build` JSON export into a BuildDraft, or a typed error for the caller's 4xx. */
export function importBuildJson(text: string): ImportedBuildJson | ImportFailure {
  const guard = checkImportText(text);
  if (guard) return guard;
  let data: unknown;
  try {
    data = parseUntrustedJson(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return importFailure("invalid_json", `Not valid JSON: ${(error as Error).message}`);
  }
  const header = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  if (header.format !== BUILD_JSON_FORMAT) {
    return importFailure("unsupported_format", `Not a ${BUILD_JSON_FORMAT} file (format: ${JSON.stringify(header.format ?? null)}).`);
  }
  if (header.version !== BUILD_JSON_VERSION) {
    return importFailure(
      "unsupported_version",
      `Unsupported ${BUILD_JSON_FORMAT} version ${JSON.stringify(header.version ?? null)}; this app reads version ${BUILD_JSON_VERSION}.`,
    );
  }
  const parsed = buildJsonV1Schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((i) => `${i.path.join(".")}: ${i.message}`);
    return importFailure("invalid_build", `Invalid build file: ${issues.join("; ")}`);
  }
  // Files written before the create schema refused invisible characters may hold some; they are
  // dropped here (newer exports escape them, so they arrive as text to drop, not as binary).
  const build = fileSafeDeep(parsed.data.build, MULTILINE_FIELDS);
  const snapshots: Record<number, PartSnapshot> = {};
  const items: DraftItem[] = [];
  for (const [index, item] of build.items.entries()) {
    const common = { quantity: item.quantity, priceCents: item.priceCents, discountCents: item.discountCents };
    if ("partId" in item) {
      snapshots[index] = item.snapshot;
      items.push({ partId: item.partId, ...common });
      continue;
    }
    if (item.custom.specs !== undefined) {
      const specs = parseSpecs(item.custom.category, item.custom.specs);
      if (!specs.ok) return importFailure("invalid_build", `build.items.${index}.custom.specs: ${specs.errors.join("; ")}`);
    }
    items.push({ custom: item.custom, ...common });
  }
  const { name, currency, shippingCents, taxRate, notes, circuit } = build;
  const draft = buildDraftSchema.safeParse({ name, currency, shippingCents, taxRate, notes, circuit, items });
  if (!draft.success) return importFailure("invalid_build", `Invalid build file: ${draft.error.issues[0]?.message}`);
  return { ok: true, draft: draft.data, snapshots };
}

/**
 * For a file from another instance: items whose part id is not in this catalog become custom
 * parts built from their snapshot (specs that fail today's schema are dropped), so nothing is lost.
 */
export function replaceMissingParts(
  imported: ImportedBuildJson,
  knownPartIds: ReadonlySet<string>,
): { draft: BuildDraft; replaced: number[] } {
  const replaced: number[] = [];
  const items = imported.draft.items.map((item, index): DraftItem => {
    const snapshot = imported.snapshots[index];
    if (!("partId" in item) || knownPartIds.has(item.partId) || !snapshot) return item;
    replaced.push(index);
    const { quantity, priceCents, discountCents } = item;
    const common = {
      quantity,
      ...(priceCents !== undefined ? { priceCents } : {}),
      ...(discountCents !== undefined ? { discountCents } : {}),
    };
    const specs = parseSpecs(snapshot.category, snapshot.specs);
    const custom = { name: snapshot.name, category: snapshot.category };
    return { custom: specs.ok && Object.keys(specs.specs).length > 0 ? { ...custom, specs: specs.specs } : custom, ...common };
  });
  return { draft: { ...imported.draft, items }, replaced };
}
