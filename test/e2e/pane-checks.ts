/** Checks every 320 px pane e2e test makes: serious axe problems and elements past the right edge. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** Serious or critical axe problems of the page (Fluent's focus-trap dummies aside). */
export async function axeProblems(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    );
}

/** Elements of the pane wider than the page (a clipped amount, a preview hiding its columns). */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const el of Array.from(document.querySelectorAll("aside *"))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      // Inside a scrolling box is fine (the preview scrolls); outside, nothing may pass the edge.
      let p = el.parentElement;
      let scrolls = false;
      for (; p; p = p.parentElement) if (/auto|scroll/.test(getComputedStyle(p).overflowX)) scrolls = true;
      if (!scrolls && r.right > width + 1) out.push(`${el.tagName} ${(el.textContent ?? "").slice(0, 30)}`);
    }
    return out.slice(0, 5);
  });
}
