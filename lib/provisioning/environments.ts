import type { FrameworkChoice } from "./framework-coverage";
import type { EnvManager } from "./options";
import type { EnvironmentPlan, FrameworkPlan, PipStep, PlanNotes } from "./types";

// Names kept from the 2017 script, so old notebooks and muscle memory still work.
export const DATA_SCIENCE_ENV = "scienv3";
export const DEEP_LEARNING_ENV = "deeplearn";
export const TENSORFLOW_ENV = "deeplearn-tf";
export const DEFAULT_PYTHON = "3.12";

const DATA_SCIENCE_PACKAGES = ["numpy", "pandas", "scikit-learn", "matplotlib", "jupyterlab", "ipykernel"];
// The 2017 script's second environment "contains all of these packages plus several deep
// learning libraries": the deep-learning environments get the data-science set too, after the
// frameworks, constrained to what the frameworks installed (their requirements win).
export const DEEP_LEARNING_EXTRAS = ["numpy", "pandas", "scikit-learn", "matplotlib"];
/** Where a framework that runs in a container is "installed". */
export const CONTAINER_ENV = "docker";

function envLocation(manager: EnvManager, name: string): string {
  return manager === "conda" ? `~/miniforge3/envs/${name}` : `~/envs/${name}`;
}

function environment(
  name: string,
  purpose: EnvironmentPlan["purpose"],
  manager: EnvManager,
  members: readonly FrameworkChoice[],
): EnvironmentPlan {
  const pins = [...new Set(members.flatMap((m) => m.pins))];
  const python = members.map((m) => m.python).find((p) => p !== undefined) ?? DEFAULT_PYTHON;
  const base = purpose === "data-science" ? DATA_SCIENCE_PACKAGES : ["pip", "ipykernel", ...pins];
  // Every pip step repeats the pins so a later install cannot upgrade past them.
  const pip: PipStep[] = members.map(({ plan }) => ({
    packages: [...plan.pip.packages, ...pins.filter((p) => !plan.pip.packages.includes(p))],
    ...(plan.pip.indexUrl ? { indexUrl: plan.pip.indexUrl } : {}),
    ...(plan.pip.extraIndexUrl ? { extraIndexUrl: plan.pip.extraIndexUrl } : {}),
  }));
  if (purpose === "deep-learning") {
    // A pin ("numpy<2") replaces the bare name: pip rejects the same package twice in one command.
    const pinned = (name: string) => pins.some((p) => p.split(/[<>=!~[]/)[0] === name);
    pip.push({ packages: [...DEEP_LEARNING_EXTRAS.filter((n) => !pinned(n)), ...pins], keepInstalled: true });
  }
  return {
    name,
    purpose,
    manager,
    python,
    packages: base,
    pip,
    frameworks: members.map((m) => m.plan.name),
    location: envLocation(manager, name),
  };
}

export interface EnvironmentLayout {
  environments: EnvironmentPlan[];
  frameworks: FrameworkPlan[];
}

export function planEnvironments(manager: EnvManager, choices: readonly FrameworkChoice[], notes: PlanNotes): EnvironmentLayout {
  notes.reasons.push(
    manager === "conda"
      ? "Environments: conda from Miniforge (conda-forge only, no Anaconda channel terms) in ~/miniforge3."
      : "Environments: uv virtual environments in ~/envs with uv-managed Python builds.",
  );
  const torch = choices.find((c) => c.plan.name === "pytorch");
  const tf = choices.find((c) => c.plan.name === "tensorflow");
  // tensorflow[and-cuda] and the PyTorch CUDA wheels pin different versions of the same
  // nvidia-* libraries; one environment would let the second install break the first.
  const splitTf = !!torch && !!tf && tf.plan.gpu && !tf.plan.container && torch.plan.gpu;
  if (splitTf) notes.reasons.push(`TensorFlow gets its own environment (${TENSORFLOW_ENV}): its CUDA libraries conflict with PyTorch's.`);
  const envOf = (c: FrameworkChoice) =>
    c.plan.container ? CONTAINER_ENV : splitTf && c === tf ? TENSORFLOW_ENV : DEEP_LEARNING_ENV;

  const environments = [environment(DATA_SCIENCE_ENV, "data-science", manager, [])];
  for (const name of [DEEP_LEARNING_ENV, TENSORFLOW_ENV]) {
    const members = choices.filter((c) => envOf(c) === name);
    if (members.length > 0) environments.push(environment(name, "deep-learning", manager, members));
  }
  if (environments.length > 1) {
    const names = environments.slice(1).map((e) => e.name).join(" and ");
    notes.reasons.push(
      `The deep-learning environments (${names}) also get ${DEEP_LEARNING_EXTRAS.join(", ")}, as in the 2017 script, ` +
        "installed after the frameworks with their installed versions as constraints, so the frameworks' own requirements win.",
    );
  }
  const frameworks = choices.map((c) => ({ ...c.plan, environment: envOf(c) }));
  return { environments, frameworks };
}
