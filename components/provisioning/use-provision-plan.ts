"use client";

import { useEffect, useRef, useState } from "react";
import type { ProvisionOptions } from "@/lib/provisioning/options";
import { provisionQuery } from "@/lib/provisioning/query";
import type { ProvisionPlan } from "@/lib/provisioning/types";

export function provisionUrls(buildId: string, options: ProvisionOptions) {
  const base = `/api/builds/${encodeURIComponent(buildId)}`;
  const query = provisionQuery(options);
  return { plan: `${base}/provision-plan?${query}`, script: `${base}/provision.sh?${query}` };
}

/**
 * Options plus the plan for them. The first plan comes from the server; each change refetches and
 * cancels the request before it, so a slow answer for old options never replaces a newer one.
 */
export function useProvisionPlan(buildId: string, initialPlan: ProvisionPlan) {
  const [options, setOptions] = useState<ProvisionOptions>(initialPlan.options);
  const [plan, setPlan] = useState(initialPlan);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => () => inFlight.current?.abort(), []);

  async function change(patch: Partial<ProvisionOptions>) {
    const next = { ...options, ...patch };
    setOptions(next);
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setPending(true);
    try {
      const response = await fetch(provisionUrls(buildId, next).plan, { signal: controller.signal });
      const json = await response.json();
      if (!response.ok) throw new Error(json.message ?? `HTTP ${response.status}`);
      setPlan(json as ProvisionPlan);
      setError(null);
    } catch (e) {
      if (!controller.signal.aborted) setError(e instanceof Error ? e.message : "Could not load the plan");
    } finally {
      if (inFlight.current === controller) setPending(false);
    }
  }

  return { options, plan, pending, error, change, urls: provisionUrls(buildId, options) };
}
