import { z } from "zod";
import { buildDraftSchema } from "../builds/draft";
import { CATEGORIES, PART_SOURCES } from "./categories";
import { effectiveSort, MAX_PAGE_SIZE, PART_SORTS } from "./query";

/** POST /api/parts/search: the catalog query plus, optionally, the build to stay compatible with. */
export const pickerQuerySchema = z
  .strictObject({
    category: z.enum(CATEGORIES),
    q: z.string().trim().max(100).optional(),
    sort: z.enum(PART_SORTS).optional(),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
    source: z.enum(PART_SOURCES).optional(),
    pricedOnly: z.boolean().default(false),
    filters: z.record(z.string().max(40), z.string().max(60)).default({}),
    compatibleWith: buildDraftSchema.optional(),
    /** Continue a compatible search where an earlier answer's `checkedThrough` ended. */
    checkFrom: z.number().int().min(0).max(1_000_000).default(0),
  })
  .transform((query) => ({ ...query, sort: effectiveSort(query.sort, query.q) }));

export type PickerQuery = z.output<typeof pickerQuerySchema>;
