import { installPeerAddressHook } from "../http/peer-address-hook";
import { checkWriteLimitConfig } from "./write-limits";

/** Once per server process, before requests: refuse bad settings, then trust only real peers. */
export function onServerStart(): void {
  try {
    checkWriteLimitConfig(process.env);
  } catch (error) {
    console.error(`Configuration error: ${(error as Error).message}`);
    process.exit(1);
  }
  installPeerAddressHook();
}
