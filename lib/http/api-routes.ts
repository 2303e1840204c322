// The API's routes and the methods each answers, for the request guard in proxy.ts: an unknown
// path gets a JSON 404 and an unsupported method a JSON 405 before Next routes the request
// (Next itself answers those with an HTML page or an empty body). A test keeps this table equal
// to the route files under app/api, so a new route fails the tests until it is listed here.
export const API_ROUTES: ReadonlyArray<{ pattern: string; methods: readonly string[] }> = [
  { pattern: "/api/builds", methods: ["POST"] },
  { pattern: "/api/builds/[id]", methods: ["GET", "PUT", "DELETE"] },
  { pattern: "/api/builds/summaries", methods: ["GET"] },
  { pattern: "/api/builds/[id]/benchmark.sh", methods: ["GET"] },
  { pattern: "/api/builds/[id]/benchmarks", methods: ["GET", "POST"] },
  { pattern: "/api/builds/[id]/benchmarks/[runId]", methods: ["DELETE"] },
  { pattern: "/api/builds/[id]/checklist.md", methods: ["GET"] },
  { pattern: "/api/builds/[id]/export", methods: ["GET"] },
  { pattern: "/api/builds/[id]/fork", methods: ["POST"] },
  { pattern: "/api/builds/[id]/preview.png", methods: ["GET"] },
  { pattern: "/api/builds/[id]/provision-plan", methods: ["GET"] },
  { pattern: "/api/builds/[id]/provision.sh", methods: ["GET"] },
  { pattern: "/api/builds/[id]/share-panels", methods: ["GET"] },
  { pattern: "/api/builds/[id]/token-check", methods: ["GET"] },
  { pattern: "/api/builds/[id]/workloads", methods: ["GET"] },
  { pattern: "/api/compat", methods: ["POST"] },
  { pattern: "/api/health", methods: ["GET"] },
  { pattern: "/api/import/json", methods: ["POST"] },
  { pattern: "/api/import/pcpartpicker", methods: ["POST"] },
  { pattern: "/api/models", methods: ["GET"] },
  { pattern: "/api/parts", methods: ["GET"] },
  { pattern: "/api/parts/[id]", methods: ["GET"] },
  { pattern: "/api/parts/[id]/prices", methods: ["GET"] },
  { pattern: "/api/parts/filters", methods: ["GET"] },
  { pattern: "/api/parts/search", methods: ["POST"] },
  { pattern: "/api/plan-for-model", methods: ["POST"] },
  { pattern: "/api/workloads", methods: ["POST"] },
];
