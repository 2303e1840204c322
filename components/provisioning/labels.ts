import type { FrameworkName } from "@/lib/provisioning/options";

export const FRAMEWORK_LABELS: Record<FrameworkName, string> = { pytorch: "PyTorch", tensorflow: "TensorFlow", jax: "JAX" };
