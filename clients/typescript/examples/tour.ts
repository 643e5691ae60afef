import { createPdpClient, PdpApiError } from "../src/index.js";

const client = createPdpClient({ baseUrl: process.env.PDPAPI_BASE_URL ?? "http://localhost:5080" });

// A page of clusters: `data` is typed, `sector` is a union of kebab-case values, `links.next` an absolute URL.
const piura = await client.get("/api/v1/clusters", { params: { query: { region: "Piura", sort: "-id" } } });
for (const cluster of piura.data.items) console.log(`${cluster.id} ${cluster.name} (${cluster.sector})`);
console.log(`${piura.data.totalCount} in Piura; next page: ${piura.links.next ?? "none"}`);

// Every row of Table 8 for textiles, following `next` until the last page.
for await (const row of client.items("/api/v1/tariffs/sector-protection", { params: { query: { sector: "textiles" } } })) {
  console.log(`${row.period.label} ${row.measure}: ${row.valueAsPrinted ?? `null (${row.nullReason})`}`);
}

// Errors are problem details: every bad parameter under `errors`, with a traceId to quote when reporting it.
try {
  await client.get("/api/v1/clusters", { params: { query: { pageSize: 0 } } });
} catch (error) {
  if (!(error instanceof PdpApiError)) throw error;
  console.log(error.status, JSON.stringify(error.problem?.errors), error.problem?.traceId);
}
