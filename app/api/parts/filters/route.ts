import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { handle } from "@/lib/http/errors";
import { CATEGORIES } from "@/lib/parts/categories";
import { FILTERS } from "@/lib/parts/filters";
import { filterOptions } from "@/lib/services/catalog";

export const dynamic = "force-dynamic";

const querySchema = z.object({ category: z.enum(CATEGORIES) });

/** The filters of a category (key, label, kind, unit) and the values each enum filter takes. */
export const GET = handle(async (request: Request) => {
  const { category } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const options = await filterOptions(getDb(), category);
  const filters = FILTERS[category].map((def) => ({ key: def.key, label: def.label, kind: def.kind, unit: def.kind === "enum" ? undefined : def.unit, options: options[def.key] }));
  return Response.json({ category, filters });
});
