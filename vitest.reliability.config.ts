import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Reliability and security suites: real production servers on loopback, one file at a time so
// load and timing-sensitive tests never compete with each other for the machine's cores.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["e2e/reliability/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    globalSetup: ["e2e/reliability/support/global-setup.ts"],
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
