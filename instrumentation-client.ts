import { z } from "zod";

// Runs in the browser before the app. zod probes `new Function` once to decide whether to
// compile parsers; the strict CSP blocks that and reports it as a violation even though zod
// recovers. The builder's drafts are small, so parsing without compiled parsers costs nothing.
z.config({ jitless: true });
