import { getDb } from "@/lib/db/client";
import { handle } from "@/lib/http/errors";
import { modelsJson } from "@/lib/services/workloads";

export const dynamic = "force-dynamic";

/** The built-in model catalog with the facts the workload estimates use. */
export const GET = handle(async () => Response.json(await modelsJson(getDb())));
