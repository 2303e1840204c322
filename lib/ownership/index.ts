// Build or rent: the cost model, cloud presets and performance factor. Pure; the panel imports from here.
export { CLOUD_GPUS, cloudGpu, type CloudGpu, type CloudGpuId } from "./cloud-gpus";
export { CLOUD_PRESETS, cloudPreset, type CloudPreset, type SpotTerms } from "./cloud-presets";
export { compareOwnVsRent, spotBreakEven, WEEKS_PER_MONTH, WEEKS_PER_YEAR, type BreakEven, type OwnershipInput, type OwnershipResult } from "./cost-model";
export { costSeries, tableRows, type CostPoint, type CostSeries, type TableRow } from "./cost-series";
export { defaultPresetId, EXAMPLE_KWH_PRICE } from "./defaults";
export { defaultForm, parseForm, type FormField, type ParsedForm } from "./form";
export { kFromMeasured, measuredGpuFigures } from "./measured-k";
export { boxGpus, estimateK, speedRatio, trainingTflops, type BoxGpu, type GpuFigures, type KBasis } from "./performance";
export { unpricedBlockers } from "./price-gate";
export { CUSTOM_CLOUD, K_MODES, type KMode, type OwnershipForm, type OwnershipSetup } from "./setup";
