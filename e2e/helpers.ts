// Shared steps for the browser tests: find charts the way a reader does, and collect console errors.
import { expect, type Locator, type Page } from "@playwright/test";

export function figure(page: Page, name: RegExp | string): Locator {
  return page.getByRole("figure", { name });
}

export const aidFigure = (page: Page) => figure(page, /^How much/);
export const shareFigure = (page: Page) => figure(page, /^In what form/);
export const relationsFigure = (page: Page) => figure(page, /State of US-Cambodia relations/);

/** Opens a figure's "Show data table" and returns its table. */
export async function dataTable(fig: Locator): Promise<Locator> {
  const details = fig.locator("details.chart-table");
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await fig.getByText("Show data table").click();
  return fig.locator("details.chart-table table").first();
}

/** Body rows of a table (those with a row header or cells, not the header row). */
export function bodyRows(table: Locator): Locator {
  return table.locator("tbody tr");
}

/** The live face loads when its chart nears the viewport: bring it there, then wait for Recharts. */
export async function waitForLiveFace(fig: Locator) {
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('[data-face="live"] .recharts-wrapper')).toBeVisible();
}

export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}
