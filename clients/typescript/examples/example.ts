// Lists clusters with a filter, walks collections page by page, reads one record and provokes a 400.
// Prints one `key: value` line per fact; the outside check compares them with what the API must answer.
import { createPdpClient, PdpApiError } from "../src/index.js";

const client = createPdpClient({ baseUrl: process.env.PDPAPI_BASE_URL ?? "http://localhost:5080" });

// A filtered, sorted list: `data` is the page type, its items typed records.
const piura = await client.get("/api/v1/clusters", {
  params: { query: { region: "Piura", sort: "-id", pageSize: 2 } },
});
const allInPiura = piura.data.items.every((cluster) => cluster.location.regions.includes("Piura"));
console.log(`piura clusters: ${piura.data.totalCount}`);
console.log(`piura page: ${piura.data.items.length} items, all in Piura: ${allInPiura}`);
console.log(`piura next: ${piura.links.next ?? "none"}`);
console.log(`rate limit: ${piura.rateLimit?.policy} remaining ${piura.rateLimit?.remaining} of ${piura.rateLimit?.quota}`);

// Every item of a collection, following `next`; the clusters' sectors are kebab-case enum values.
const sectors = new Map<string, number>();
for await (const cluster of client.items("/api/v1/clusters", { params: { query: { pageSize: 7 } } })) {
  sectors.set(cluster.sector, (sectors.get(cluster.sector) ?? 0) + 1);
}
console.log(`clusters walked: ${[...sectors.values()].reduce((a, b) => a + b, 0)}`);
console.log(`agro-industry clusters: ${sectors.get("agro-industry") ?? 0}`);

// A cursor-paged collection: every `next` after the first page carries a cursor.
let pages = 0;
let walked = 0;
let total = -1;
for await (const page of client.pages("/api/v1/legal-events", { params: { query: { pageSize: 40 } } })) {
  pages += 1;
  walked += page.data.items.length;
  if (total < 0) total = page.data.totalCount;
}
console.log(`legal events walked: ${walked} of ${total} in ${pages} pages`);

// One record.
const cluster = await client.get("/api/v1/clusters/{id}", { params: { path: { id: 1 } } });
console.log(`cluster 1: ${cluster.data.name} (${cluster.data.sector})`);

// A bad parameter: problem details with the parameter named and a traceId.
try {
  await client.get("/api/v1/clusters", { params: { query: { pageSize: 0 } } });
  console.log("bad request: none");
} catch (error) {
  if (!(error instanceof PdpApiError) || error.problem === null) throw error;
  const fields = Object.keys(error.problem.errors ?? {}).join(",");
  console.log(`bad request: ${error.status} [${fields}] traceId ${error.problem.traceId}`);
}

// A record that does not exist.
try {
  await client.get("/api/v1/clusters/{id}", { params: { path: { id: 9999 } } });
  console.log("missing record: none");
} catch (error) {
  if (!(error instanceof PdpApiError)) throw error;
  console.log(`missing record: ${error.status} ${error.problem?.title}`);
}
