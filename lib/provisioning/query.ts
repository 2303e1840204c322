import type { ProvisionOptions } from "./options";

/**
 * The query string that `optionsFromSearchParams` reads back into the same options. Every key is
 * written, even defaults, so a downloaded link keeps meaning the same thing if defaults change;
 * headless only once chosen, because its default depends on the build's GPUs.
 */
export function provisionQuery(options: ProvisionOptions): string {
  const flag = (on: boolean) => (on ? "1" : "0");
  const params = new URLSearchParams({
    os: options.os,
    env: options.env,
    // An empty value means "no frameworks"; a missing key would mean the default (PyTorch).
    frameworks: options.frameworks.join(","),
    jupyter: flag(options.jupyter),
    docker: flag(options.docker),
    sshHardening: flag(options.sshHardening),
  });
  // Absent means "the plan decides" (headless for data-centre cards); only a choice is written.
  if (options.headless !== undefined) params.set("headless", flag(options.headless));
  return params.toString();
}
