// Cached responses: a version-keyed in-memory store, bodies compressed once, and the rewrite that
// lets a cached page run its scripts under a hash-based CSP. Wiring: lib/services/page-cache*.ts.
export { PageStore, type Sized, type StoreLimits } from "./store";
export { bodyFor, chooseEncoding, encodeBody, etagMatches, type EncodedBody, type Encoding } from "./encoded-body";
export { hashPageScripts, loaderScript, MAX_INLINE_SCRIPTS, sha256Source, type HashedPage } from "./script-hashes";
