// Runs in the browser before the app. zod probes `new Function` the first time it parses an
// object schema, to decide whether to compile parsers; the strict CSP blocks that and reports it
// as a violation even though zod recovers. jitless skips the probe, and the builder's small
// drafts parse as fast without compiled parsers.
// zod keeps its configuration on this global (zod/v4/core `config()`); setting it directly
// instead of importing zod here keeps ~30 kB of zod off every page (the builder's first-load JS
// went from 145.6 to 175.4 kB gzipped with `import { z } from "zod"`).
// instrumentation-client.test.ts checks that zod reads the setting from here.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });

// A module, so the test can import it.
export {};
