export { planProvisioning } from "./plan";
export { renderProvisionScript, type ScriptMeta } from "./render-script";
export { scriptFileName } from "./file-name";
export { provisionQuery } from "./query";
export {
  provisionOptionsSchema,
  optionsFromSearchParams,
  FRAMEWORKS,
  ENV_MANAGERS,
  UBUNTU_RELEASES,
  type ProvisionOptions,
  type ProvisionOptionsInput,
  type FrameworkName,
  type EnvManager,
  type UbuntuRelease,
} from "./options";
export type {
  ProvisionPlan,
  PlannedGpu,
  DriverPlan,
  CudaPlan,
  RocmPlan,
  ContainerPlan,
  FrameworkPlan,
  EnvironmentPlan,
  PipStep,
  ServicesPlan,
  VerifyPlan,
  PlannedOs,
} from "./types";
