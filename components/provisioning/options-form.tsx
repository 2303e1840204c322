"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { useHydrated } from "@/components/builder/use-hydrated";
import { ENV_MANAGERS, FRAMEWORKS, UBUNTU_RELEASES, type EnvManager, type FrameworkName, type ProvisionOptions } from "@/lib/provisioning/options";
import { FRAMEWORK_LABELS } from "./labels";

const OS_LABELS: Record<(typeof UBUNTU_RELEASES)[number], string> = {
  "26.04": "Ubuntu 26.04 LTS",
  "24.04": "Ubuntu 24.04 LTS",
  "22.04": "Ubuntu 22.04 LTS",
};
const ENV_LABELS: Record<EnvManager, string> = { conda: "conda (Miniforge)", uv: "uv" };
const SERVICES = [
  ["jupyter", "JupyterLab service"],
  ["docker", "Docker + NVIDIA Container Toolkit"],
  ["sshHardening", "SSH hardening (keys only)"],
] as const;

const box = "space-y-1.5 rounded-md border border-zinc-200 p-3 dark:border-zinc-800";
const legend = "px-1 text-sm font-medium";

function Choice({ children, ...input }: { children: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input {...input} className="h-4 w-4 accent-brand-700" />
      {children}
    </label>
  );
}

export function OptionsForm({
  options,
  headless,
  onChange,
}: {
  options: ProvisionOptions;
  /** The plan's decision, shown when the user has not chosen (data-centre cards default to headless). */
  headless: boolean | null;
  onChange: (patch: Partial<ProvisionOptions>) => void;
}) {
  // Until hydration the inputs could change without refetching the plan, so they wait.
  const disabled = !useHydrated();
  const toggleFramework = (name: FrameworkName, on: boolean) =>
    onChange({ frameworks: FRAMEWORKS.filter((f) => (f === name ? on : options.frameworks.includes(f))) });

  return (
    <form className="grid gap-3 sm:grid-cols-2" onSubmit={(e) => e.preventDefault()} aria-label="Setup options">
      <fieldset className={box}>
        <legend className={legend}>Operating system</legend>
        {UBUNTU_RELEASES.map((os) => (
          <Choice key={os} type="radio" name="provision-os" value={os} checked={options.os === os} disabled={disabled} onChange={() => onChange({ os })}>{OS_LABELS[os]}</Choice>
        ))}
      </fieldset>
      <fieldset className={box}>
        <legend className={legend}>Python environments</legend>
        {ENV_MANAGERS.map((env) => (
          <Choice key={env} type="radio" name="provision-env" value={env} checked={options.env === env} disabled={disabled} onChange={() => onChange({ env })}>{ENV_LABELS[env]}</Choice>
        ))}
      </fieldset>
      <fieldset className={box}>
        <legend className={legend}>Frameworks</legend>
        {FRAMEWORKS.map((name) => (
          <Choice key={name} type="checkbox" checked={options.frameworks.includes(name)} disabled={disabled} onChange={(e) => toggleFramework(name, e.target.checked)}>{FRAMEWORK_LABELS[name]}</Choice>
        ))}
      </fieldset>
      <fieldset className={box}>
        <legend className={legend}>Services</legend>
        {SERVICES.map(([key, label]) => (
          <Choice key={key} type="checkbox" checked={options[key]} disabled={disabled} onChange={(e) => onChange({ [key]: e.target.checked })}>{label}</Choice>
        ))}
        {headless !== null ? (
          <Choice type="checkbox" checked={options.headless ?? headless} disabled={disabled} onChange={(e) => onChange({ headless: e.target.checked })}>
            Headless NVIDIA driver (no desktop)
          </Choice>
        ) : null}
      </fieldset>
    </form>
  );
}
