import { installEncodedResponseHook } from "../http/encoded-response-hook";
import { installPeerAddressHook } from "../http/peer-address-hook";
import { parsePageCacheMb } from "./page-cache";
import { checkWriteLimitConfig } from "./write-limits";

/** Once per server process, before requests: refuse bad settings, then trust only real peers. */
export function onServerStart(): void {
  try {
    checkWriteLimitConfig(process.env);
    parsePageCacheMb(process.env.PAGE_CACHE_MB);
  } catch (error) {
    console.error(`Configuration error: ${(error as Error).message}`);
    process.exit(1);
  }
  installPeerAddressHook();
  installEncodedResponseHook();
}
