import type { ProvisionPlan } from "@/lib/provisioning/types";
import { FRAMEWORK_LABELS } from "./labels";

const muted = "text-zinc-600 dark:text-zinc-400";
const code = "wrap-anywhere rounded bg-zinc-100 px-1 py-0.5 font-mono text-xs dark:bg-zinc-900";

function Notes({ items, title, className }: { items: string[]; title: string; className: string }) {
  if (items.length === 0) return null;
  return (
    <div className="space-y-1">
      <h4 className={`text-sm font-medium ${className}`}>{title}</h4>
      <ul className={`list-disc space-y-1 pl-5 text-sm ${className}`}>
        {items.map((text, i) => <li key={i}>{text}</li>)}
      </ul>
    </div>
  );
}

function gpuDetail(g: ProvisionPlan["gpus"][number]): string {
  const parts = [g.architecture, g.computeCapability ? `CC ${g.computeCapability}` : null, g.gfxTarget ?? null];
  if (g.supported === false) parts.push("no GPU stack planned");
  const text = parts.filter(Boolean).join(", ");
  return text ? ` (${text})` : "";
}

function gpuLine(plan: ProvisionPlan): string {
  if (plan.gpus.length === 0) return "None (CPU only)";
  return plan.gpus.map((g) => `${g.quantity} × ${g.name}${gpuDetail(g)}`).join("; ");
}

/** The plan as a reader wants it: what gets installed, then warnings, then why. */
export function PlanSummary({ plan }: { plan: ProvisionPlan }) {
  const { driver, cuda } = plan;
  return (
    <div className="space-y-4">
      <Notes items={plan.errors} title="This build cannot be set up automatically" className="text-red-700 dark:text-red-400" />
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className={muted}>Operating system</dt>
        <dd data-testid="plan-os">{plan.os.name} ({plan.os.codename})</dd>
        <dt className={muted}>GPUs</dt>
        <dd>{gpuLine(plan)}</dd>
        <dt className={muted}>GPU driver</dt>
        <dd data-testid="plan-driver">
          {driver ? (
            <>
              NVIDIA branch {driver.branch}, {driver.flavour} kernel modules: <code className={code}>{driver.package}</code>{" "}
              <span className={muted}>(support {driver.maintained ? "until" : "ended"} {driver.supportEnds}; signed <code className={code}>{driver.signedModulesPrefix}*</code> where they exist, else DKMS)</span>
              {driver.fabricManager ? <> + <code className={code}>{driver.fabricManager}</code></> : null}
            </>
          ) : plan.rocm ? (
            <>AMD ROCm {plan.rocm.release} via <code className={code}>amdgpu-install --usecase={plan.rocm.usecase}</code> <span className={muted}>({plan.rocm.gfxTargets.join(", ")})</span></>
          ) : "None"}
        </dd>
        <dt className={muted}>CUDA toolkit</dt>
        <dd data-testid="plan-cuda">
          {cuda ? <>CUDA {cuda.toolkit}: <code className={code}>{cuda.package}</code></>
            : plan.rocm ? "None (AMD: ROCm comes with amdgpu-install; the PyTorch wheels bring their own ROCm libraries)"
            : "None (framework wheels bring their own CUDA libraries)"}
        </dd>
        <dt className={muted}>Frameworks</dt>
        <dd data-testid="plan-frameworks">
          {plan.frameworks.length === 0 ? "None selected" : (
            <ul className="space-y-2">
              {plan.frameworks.map((f) => (
                <li key={f.name}>
                  <span className="font-medium">{FRAMEWORK_LABELS[f.name]}</span> {f.variant ?? ""}{f.version ? ` ${f.version}` : ""} <span className={muted}>({f.gpu ? `GPU, ${f.expectedDevices} device${f.expectedDevices === 1 ? "" : "s"}` : "CPU only"}, {f.container ? `in the container ${f.container.image}` : `in ${f.environment}`})</span>
                  <br /><code className={code}>{f.install}</code>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className={muted}>Environments</dt>
        <dd data-testid="plan-environments">
          <ul className="space-y-1">
            {plan.environments.map((env) => (
              <li key={env.name}>
                <span className="font-medium">{env.name}</span> <span className={muted}>({env.manager}, Python {env.python}, {env.location})</span>: {[...env.packages, ...env.frameworks.map((f) => FRAMEWORK_LABELS[f]), ...env.pip.filter((p) => p.keepInstalled).flatMap((p) => p.packages)].filter((v, i, all) => all.indexOf(v) === i).join(", ")}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <Notes items={plan.warnings} title="Warnings" className="text-amber-800 dark:text-amber-300" />
      <Notes items={plan.reasons} title="Why" className={muted} />
    </div>
  );
}
