/** Set on requests whose method the Fetch API cannot represent; proxy.ts answers them 405. */
export const REFUSED_METHOD_HEADER = "x-dlbox-refused-method";
