// Compile-time checks of what the wrapper promises; `tsc` fails when one stops holding.
import type { CollectionPath, GetData, ItemOf, Problem, Schemas } from "../src/index.js";
import { createPdpClient } from "../src/index.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assert<T extends true>(): T | undefined {
  return undefined;
}

// A collection's body is its page type, not `Page | string`.
assert<Equal<GetData<"/api/v1/clusters">, Schemas["ClusterDtoPage"]>>();
assert<Equal<ItemOf<"/api/v1/clusters">, Schemas["ClusterDto"]>>();
assert<Equal<GetData<"/api/v1/clusters/{id}">, Schemas["ClusterDto"]>>();
// Enums are unions of their kebab-case values.
assert<Equal<"agro-industry" extends Schemas["ClusterSector"] ? true : false, true>>();
// Problem details carry a string traceId.
assert<Equal<Problem["traceId"], string>>();
// A record is not a collection.
assert<Equal<"/api/v1/clusters/{id}" extends CollectionPath ? true : false, false>>();

export async function misuse(): Promise<void> {
  const client = createPdpClient({ baseUrl: "http://localhost:5080" });
  // @ts-expect-error a record's path id is required
  await client.get("/api/v1/clusters/{id}");
  // @ts-expect-error a record takes no query parameters
  await client.get("/api/v1/clusters/{id}", { params: { path: { id: 1 }, query: { page: 2 } } });
  // @ts-expect-error a query parameter the operation does not declare
  await client.get("/api/v1/clusters", { params: { query: { colour: "red" } } });
  // @ts-expect-error this client reads JSON: no format parameter
  await client.get("/api/v1/clusters", { params: { query: { format: "csv" } } });
  // @ts-expect-error a calculator's required parameter is still required
  await client.get("/api/v1/indicators/concentration", { params: { query: {} } });
  // @ts-expect-error pages() walks collections only
  client.pages("/api/v1/clusters/{id}", { params: { path: { id: 1 } } });
}
