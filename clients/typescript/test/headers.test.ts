// The header parsers on the shapes the API sends and on the edges of their grammars. Run: npm test.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseLinks, parseRateLimit, retryAfterSeconds } from "../src/index.js";

test("Link relations become absolute URLs resolved against the response URL", () => {
  const header =
    '</api/v1/legal-events?pageSize=40&page=1>; rel="first", ' +
    '</api/v1/legal-events?pageSize=40&cursor=AXsi_-Z>; rel="next", ' +
    '<https://mirror.example/api/v1/legal-events?page=3>; rel="last"';
  const links = parseLinks(header, "http://127.0.0.1:5080/api/v1/legal-events?pageSize=40");
  assert.equal(links.first, "http://127.0.0.1:5080/api/v1/legal-events?pageSize=40&page=1");
  assert.equal(links.next, "http://127.0.0.1:5080/api/v1/legal-events?pageSize=40&cursor=AXsi_-Z");
  assert.equal(links.last, "https://mirror.example/api/v1/legal-events?page=3");
  assert.equal(links.prev, undefined);
});

test("a comma inside a link target does not split it; several relations share one target", () => {
  const links = parseLinks('</api/v1/clusters?region=Piura,Lima&page=1>; rel="first last"', "http://h/");
  assert.equal(links.first, "http://h/api/v1/clusters?region=Piura,Lima&page=1");
  assert.equal(links.last, links.first);
});

test("no Link header means no relations", () => {
  assert.deepEqual(parseLinks(null, "http://h/"), {});
});

test("RateLimit with its policy gives remaining, reset, quota and window", () => {
  assert.deepEqual(parseRateLimit('"api";r=599;t=37', '"api";q=600;w=60'), {
    policy: "api",
    remaining: 599,
    resetSeconds: 37,
    quota: 600,
    windowSeconds: 60,
  });
  assert.equal(parseRateLimit('"expensive";r=3;t=5', '"api";q=600;w=60')?.quota, undefined);
  assert.equal(parseRateLimit(null, null), undefined);
  assert.equal(parseRateLimit('"api";t=37', null), undefined);
});

test("Retry-After is seconds or an HTTP date", () => {
  assert.equal(retryAfterSeconds("17"), 17);
  assert.equal(retryAfterSeconds(new Date(Date.now() - 5000).toUTCString()), 0);
  assert.equal(retryAfterSeconds("soon"), undefined);
});
