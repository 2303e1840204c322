// Shapes of build ids and edit tokens, free of node:crypto so browser code can check them too.

/** Build ids: 128 random bits in base64url (22 characters); older or imported ids up to 64. */
export const BUILD_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/** Edit tokens as the API accepts them in `Authorization: Bearer` (lib/services/builds.ts). */
export const EDIT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,200}$/;
