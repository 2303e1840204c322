import type { NextConfig } from "next";
import { API_POLICY } from "./lib/http/api-policy";

// Headers every response gets; pages get their Content-Security-Policy (with a nonce) from
// proxy.ts. The edit token only ever travels in the URL fragment and an Authorization header;
// the referrer policy is a second guard for any other URL detail.
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // Database drivers: load them from node_modules at run time instead of bundling them.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // Metadata in <head> for every user agent, not streamed into <body> for browsers: the page cache
  // serves one copy to browsers and link-preview crawlers alike (lib/services/page-render.ts).
  htmlLimitedBots: /./,
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_POLICY }] },
    ];
  },
};

export default nextConfig;
