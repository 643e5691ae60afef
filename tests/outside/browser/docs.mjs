// Opens the interactive documentation in headless Chromium (Debian's, driven by playwright-core), runs one GET
// through "Try it out" and "Execute" with the operation's example parameters, checks that the page shows a 200 and a
// real cluster, then checks that a deep link opens the operation it names. Screenshots go to the artifacts folder.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const base = process.env.PDPAPI_BASE_URL;
const artifacts = process.env.PDPAPI_ARTIFACTS;
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const profile = mkdtempSync(join(tmpdir(), "pdpapi-chromium-"));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

// launchPersistentContext takes the fresh profile folder as --user-data-dir.
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
  viewport: { width: 1400, height: 1000 },
});
const page = context.pages()[0] ?? (await context.newPage());
const consoleErrors = [];
page.on("console", (message) => { if (message.type() === "error") consoleErrors.push(message.text()); });
page.setDefaultTimeout(30_000);

try {
  await page.goto(`${base}/swagger/index.html`);
  const list = page.locator("#operations-Clusters-listClusters");
  await list.waitFor();
  check(await page.locator(".opblock-tag-section").count() >= 10, "the page lists the operations by tag");
  check((await page.locator(".info .title").innerText()).includes("PdpApi"), "the page shows the API's title");

  await list.locator(".opblock-summary").first().click();
  await list.locator("button.try-out__btn").click();
  const region = list.locator("tr[data-param-name='region'] input");
  check((await region.inputValue()) === "Cajamarca", "Try it out fills in the example parameters (region=Cajamarca)");
  await list.locator("button.execute").click();
  const live = list.locator(".live-responses-table .response");
  await live.first().waitFor();
  const status = (await live.first().locator(".response-col_status").innerText()).trim();
  check(status === "200", `Execute shows status 200 in the page (got '${status}')`);
  const body = await list.locator(".live-responses-table .response-col_description pre").first().innerText();
  check(body.includes("Dairy agro-industry in Bambamarca, Cajamarca"), "the response body shows a real cluster (Bambamarca, Cajamarca)");
  const url = await list.locator(".request-url pre").first().innerText();
  check(url.includes("/api/v1/clusters?region=Cajamarca"), `the request URL is the example request (${url.trim()})`);
  await list.screenshot({ path: join(artifacts, "try-it-out-listClusters.png") });
  await page.screenshot({ path: join(artifacts, "docs-after-execute.png"), fullPage: false });

  // A deep link, opened as a new page, opens the operation it names and only that one.
  const linkedPage = await context.newPage();
  linkedPage.on("console", (message) => { if (message.type() === "error") consoleErrors.push(message.text()); });
  await linkedPage.goto(`${base}/swagger/index.html#/Tariffs/getTariffSchedule`);
  const linked = linkedPage.locator("#operations-Tariffs-getTariffSchedule");
  await linked.locator(".opblock-body").waitFor();
  check(await linked.evaluate((node) => node.classList.contains("is-open")), "the deep link #/Tariffs/getTariffSchedule opens that operation");
  check(await linkedPage.locator(".opblock.is-open").count() === 1, "no other operation is open");
  const example = await linked.locator("tr[data-param-name='id']").innerText();
  check(example.includes("1991-06"), "its id parameter shows the example 1991-06");
  await linked.scrollIntoViewIfNeeded();
  await linkedPage.screenshot({ path: join(artifacts, "deep-link-getTariffSchedule.png") });
  check(consoleErrors.length === 0, `no console errors${consoleErrors.length ? ": " + consoleErrors.join(" | ") : ""}`);
} catch (error) {
  failures.push(String(error));
  console.log(`FAIL ${error}`);
  await page.screenshot({ path: join(artifacts, "failure.png"), fullPage: true }).catch(() => {});
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failures.length === 0 ? 0 : 1);
