import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { keepScreenshot } from "./helpers";

async function openExampleBuild(page: Page) {
  await page.goto("/");
  const share = await page.getByRole("link", { name: "Open build →" }).getAttribute("href");
  expect(share).toMatch(/^\/b\/[A-Za-z0-9_-]{22}$/);
  await page.goto(share!);
  return page.getByTestId("setup-panel");
}

test("share page: the setup panel plans the example build and follows the chosen options", async ({ page }, testInfo) => {
  const panel = await openExampleBuild(page);
  await expect(panel.getByRole("heading", { name: "Set up this machine" })).toBeVisible();
  // Server-rendered: the plan is there before any request from the browser.
  await expect(panel.getByTestId("plan-driver")).toContainText("NVIDIA branch 580, proprietary");
  await expect(panel.getByTestId("plan-driver")).toContainText("linux-modules-nvidia-580-*");
  await expect(panel.getByTestId("plan-driver")).toContainText("nvidia-driver-580");
  await expect(panel.getByTestId("plan-cuda")).toContainText("CUDA 12.6");
  await expect(panel.getByTestId("plan-frameworks")).toContainText("cu126");
  await expect(panel.getByTestId("plan-os")).toContainText("Ubuntu 24.04 LTS");
  await expect(panel.getByTestId("plan-frameworks")).toContainText("torch<2.15");

  const ubuntu2204 = panel.getByRole("radio", { name: "Ubuntu 22.04 LTS" });
  await expect(ubuntu2204).toBeEnabled(); // hydrated
  const planRequest = page.waitForResponse((r) => r.url().includes("/provision-plan?") && r.url().includes("os=22.04"));
  await ubuntu2204.check();
  expect((await planRequest).status()).toBe(200);
  await expect(panel.getByTestId("plan-os")).toContainText("Ubuntu 22.04 LTS");

  await panel.getByRole("checkbox", { name: "JAX" }).check();
  await expect(panel.getByTestId("plan-frameworks")).toContainText("jax[cuda12]");
  await panel.getByRole("checkbox", { name: "PyTorch" }).uncheck();
  await expect(panel.getByTestId("plan-frameworks")).not.toContainText("PyTorch");
  await expect(panel.getByTestId("plan-frameworks")).toContainText("JAX");

  const href = await panel.getByTestId("script-download").getAttribute("href");
  const query = new URL(href!, "http://x").searchParams;
  expect(query.get("os")).toBe("22.04");
  expect(query.get("frameworks")).toBe("jax");

  await panel.getByText(/^Preview .*-setup\.sh$/).click();
  const preview = panel.getByTestId("script-preview");
  await expect(preview).toContainText("#!/usr/bin/env bash");
  await expect(preview).toContainText("readonly PLAN_UBUNTU='22.04'");
  await expect(preview).toContainText("jax[cuda12]");
  await expect(preview).not.toContainText("download.pytorch.org");

  // The preview follows later changes too; 26.04 has no system CUDA toolkit and says why.
  await panel.getByRole("radio", { name: "Ubuntu 26.04 LTS" }).check();
  await expect(preview).toContainText("readonly PLAN_UBUNTU='26.04'");
  await expect(panel.getByTestId("plan-cuda")).toContainText("None");
  await expect(panel.getByTestId("provision-plan")).toContainText("No system CUDA toolkit on Ubuntu 26.04");
  // The headless choice reaches the script.
  await panel.getByRole("checkbox", { name: "Headless NVIDIA driver (no desktop)" }).check();
  await expect(panel.getByTestId("plan-driver")).toContainText("nvidia-headless-580");
  expect(new URL((await panel.getByTestId("script-download").getAttribute("href"))!, "http://x").searchParams.get("headless")).toBe("1");
  await panel.getByRole("radio", { name: "Ubuntu 24.04 LTS" }).check();
  await expect(preview).toContainText("readonly PLAN_UBUNTU='24.04'");
  await keepScreenshot(page, testInfo, "share-setup-panel");
});

test("setup panel with the script open: fits a phone in dark mode, no serious axe violations", async ({ page }, testInfo) => {
  await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  await page.setViewportSize({ width: 375, height: 800 });
  const panel = await openExampleBuild(page);
  await expect(panel.getByRole("checkbox", { name: "TensorFlow" })).toBeEnabled();
  await panel.getByRole("checkbox", { name: "TensorFlow" }).check();
  await expect(panel.getByTestId("plan-frameworks")).toContainText("tensorflow[and-cuda]");
  await panel.getByText(/^Preview .*-setup\.sh$/).click();
  await expect(panel.getByTestId("script-preview")).toContainText("set -Eeuo pipefail");

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).include('[data-testid="setup-panel"]').analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
  expect(serious).toEqual([]);
  await keepScreenshot(page, testInfo, "share-setup-panel-phone-dark");
});
