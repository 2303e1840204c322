/** JSON, scripts and images from /api are never documents that should run or embed anything. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
