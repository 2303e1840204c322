import type { ProvisionOptions } from "./options";

/**
 * The query string that `optionsFromSearchParams` reads back into the same options. Every key is
 * written, even defaults, so a downloaded link keeps meaning the same thing if defaults change.
 */
export function provisionQuery(options: ProvisionOptions): string {
  const flag = (on: boolean) => (on ? "1" : "0");
  return new URLSearchParams({
    os: options.os,
    env: options.env,
    // An empty value means "no frameworks"; a missing key would mean the default (PyTorch).
    frameworks: options.frameworks.join(","),
    jupyter: flag(options.jupyter),
    docker: flag(options.docker),
    sshHardening: flag(options.sshHardening),
  }).toString();
}
