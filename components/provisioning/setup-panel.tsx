"use client";

import { scriptFileName } from "@/lib/provisioning/file-name";
import type { ProvisionPlan } from "@/lib/provisioning/types";
import { OptionsForm } from "./options-form";
import { PlanSummary } from "./plan-summary";
import { ScriptPreview } from "./script-preview";
import { useProvisionPlan } from "./use-provision-plan";

/** Share-page panel: pick options, read the plan and why, then preview or download the script. */
export function SetupPanel({ buildId, buildName, initialPlan }: { buildId: string; buildName: string; initialPlan: ProvisionPlan }) {
  const { options, plan, pending, error, change, urls } = useProvisionPlan(buildId, initialPlan);
  const fileName = scriptFileName(buildName);
  return (
    <section aria-labelledby="setup-h" data-testid="setup-panel" className="space-y-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="space-y-1">
        <h2 id="setup-h" className="text-lg font-semibold">Set up this machine</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          A bash script for a fresh Ubuntu install: GPU driver (NVIDIA, or AMD ROCm), CUDA and frameworks matched to this build&apos;s GPUs, then a computation on every GPU to prove they work.
          Read it, try <code className="wrap-anywhere font-mono">sudo bash {fileName} --dry-run</code>, then run <code className="wrap-anywhere font-mono">sudo bash {fileName}</code>; it is safe to run again.
        </p>
      </div>
      <OptionsForm options={options} headless={plan.driver ? plan.driver.headless : null} onChange={change} />
      <div className="space-y-2">
        <h3 className="font-semibold">Plan</h3>
        {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">Could not update the plan: {error}</p> : null}
        <div aria-live="polite" aria-busy={pending} data-testid="provision-plan" className={pending ? "opacity-60 transition-opacity" : undefined}>
          <PlanSummary plan={plan} />
        </div>
      </div>
      <a href={urls.script} download={fileName} data-testid="script-download"
        className="inline-block max-w-full wrap-anywhere rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600">
        Download {fileName}
      </a>
      <ScriptPreview url={urls.script} fileName={fileName} />
    </section>
  );
}
