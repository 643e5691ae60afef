import createClient, { type Client, type FetchOptions } from "openapi-fetch";
import type { PathsWithMethod, ResponseObjectMap, SuccessResponse } from "openapi-typescript-helpers";
import type { components, paths } from "./schema.js";

export type { components, paths };
export type Schemas = components["schemas"];

/**
 * Every response this client reads is JSON: `application/json` for data, `application/problem+json` for errors.
 * Passing it to openapi-fetch drops the `text/csv` alternative the collections also declare, so `data` is the
 * page type rather than `Page | string`.
 */
export type JsonMediaType = `${string}/json`;
export type RawClient = Client<paths, JsonMediaType>;

export type GetPath = PathsWithMethod<paths, "get">;
export type GetOperation<P extends GetPath> = paths[P]["get"];
/** The operation without its `format` query parameter: this client reads JSON only (CSV is for spreadsheets). */
type JsonOperation<O> = O extends { parameters: { query?: infer Q } }
  ? [Q] extends [never] | [undefined]
    ? O
    : Omit<O, "parameters"> & {
        parameters: Omit<O["parameters"], "query"> &
          (undefined extends O["parameters"]["query"]
            ? { query?: Omit<NonNullable<Q>, "format"> }
            : { query: Omit<NonNullable<Q>, "format"> });
      }
  : O;
export type GetOptions<P extends GetPath> = FetchOptions<JsonOperation<GetOperation<P>>>;
/** The JSON body of a successful GET on `P`. */
export type GetData<P extends GetPath> = SuccessResponse<ResponseObjectMap<GetOperation<P>>, JsonMediaType>;
/** The options argument is required exactly when the operation has a required parameter (a path id). */
type GetArgs<P extends GetPath> = {} extends GetOptions<P> ? [options?: GetOptions<P>] : [options: GetOptions<P>];
/** The GET operations whose body is a page of a collection. */
export type CollectionPath = { [P in GetPath]: GetData<P> extends { items: unknown[]; totalCount: number } ? P : never }[GetPath];
export type ItemOf<P extends CollectionPath> = GetData<P> extends { items: (infer I)[] } ? I : never;

/** RFC 9457 problem details as the API writes them: always a `traceId`; a 400 also lists `errors` by parameter. */
export type Problem = Schemas["ProblemDetails"] & {
  traceId: string;
  errors?: Record<string, string[]>;
};

/** The IETF RateLimit headers: the budget a request drew on, what is left of it and when it resets. */
export interface RateLimit {
  policy: string;
  remaining: number;
  resetSeconds: number;
  quota?: number;
  windowSeconds?: number;
}

/** The relations of the `Link` header, as absolute URLs. */
export interface Links {
  first?: string;
  prev?: string;
  next?: string;
  last?: string;
  [rel: string]: string | undefined;
}

export interface ApiResult<T> {
  data: T;
  links: Links;
  etag?: string;
  rateLimit?: RateLimit;
  response: Response;
}

/** A response with an error status. `problem` is null only when the body is not problem details. */
export class PdpApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    readonly response: Response,
    /** Seconds to wait, from `Retry-After` (429 and 503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(
      problem
        ? `${status} ${problem.title ?? ""}${problem.detail ? `: ${problem.detail}` : ""} (traceId ${problem.traceId})`
        : `${status} ${response.statusText}`,
    );
    this.name = "PdpApiError";
  }
}

export interface PdpClientOptions {
  /** The API's origin, such as `https://pdp.example.org` (paths start at `/api/v1/`). */
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  headers?: Record<string, string>;
}

/**
 * A typed client over openapi-fetch. Every method asks for JSON, returns the body with its links and rate-limit
 * state, and throws {@link PdpApiError} for an error status. List parameters are the operation's own, from the
 * generated schema; arrays are sent comma-separated (`region=Piura,Lima`), the API's filter grammar.
 */
export class PdpClient {
  /** The underlying openapi-fetch client, for anything the wrapper does not cover. */
  readonly raw: RawClient;
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof globalThis.fetch;
  private readonly headers: Record<string, string>;

  constructor(options: PdpClientOptions) {
    this.baseUrl = options.baseUrl;
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.headers = { ...options.headers, Accept: "application/json" };
    this.raw = createClient<paths, JsonMediaType>({
      baseUrl: options.baseUrl,
      fetch: (request) => this.fetchImpl(request),
      headers: this.headers,
      querySerializer: { array: { style: "form", explode: false } },
    });
  }

  /** GET one operation: `client.get("/api/v1/clusters", { params: { query: { region: "Piura" } } })`. */
  async get<P extends GetPath>(path: P, ...args: GetArgs<P>): Promise<ApiResult<GetData<P>>> {
    // openapi-fetch's own overloads cannot be re-expressed generically over P; the types above are its types.
    const get = this.raw.GET as unknown as (path: P, options: GetOptions<P>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    const { data, error, response } = await get(path, { ...args[0], parseAs: "text" } as GetOptions<P>);
    return this.read<GetData<P>>(response, response.ok ? data : error);
  }

  /** Follows a relation of a result's `Link` header; undefined when the result has none (`next` on the last page). */
  async follow<T>(result: ApiResult<T>, rel: "next" | "prev" | "first" | "last"): Promise<ApiResult<T> | undefined> {
    const url = result.links[rel];
    if (url === undefined) return undefined;
    const response = await this.fetchImpl(url, { headers: this.headers });
    const text = await response.text();
    return this.read<T>(response, response.ok ? text : parseJson(text));
  }

  /** Every page of a collection, from the one the options select, following `next`. */
  async *pages<P extends CollectionPath>(path: P, ...args: GetArgs<P>): AsyncGenerator<ApiResult<GetData<P>>> {
    let page: ApiResult<GetData<P>> | undefined = await this.get(path, ...args);
    while (page !== undefined) {
      yield page;
      page = await this.follow(page, "next");
    }
  }

  /** Every item of a collection, page after page. */
  async *items<P extends CollectionPath>(path: P, ...args: GetArgs<P>): AsyncGenerator<ItemOf<P>> {
    for await (const page of this.pages(path, ...args)) {
      yield* (page.data as { items: ItemOf<P>[] }).items;
    }
  }

  /** `body` is the text of a success, and an error's body parsed when it is JSON (as openapi-fetch leaves it). */
  private read<T>(response: Response, body: unknown): ApiResult<T> {
    const contentType = response.headers.get("Content-Type") ?? "";
    const isJson = /^application\/([\w.-]+\+)?json\b/i.test(contentType);
    if (!response.ok) {
      const problem = isJson && typeof body === "object" && body !== null ? (body as Problem) : null;
      throw new PdpApiError(response.status, problem, response, retryAfterSeconds(response.headers.get("Retry-After")));
    }
    if (!isJson || typeof body !== "string") {
      throw new Error(`Expected JSON from ${response.url}, got ${contentType || "no body"} (is a format parameter set?)`);
    }
    return {
      data: JSON.parse(body) as T,
      links: parseLinks(response.headers.get("Link"), response.url || this.baseUrl),
      etag: response.headers.get("ETag") ?? undefined,
      rateLimit: parseRateLimit(response.headers.get("RateLimit"), response.headers.get("RateLimit-Policy")),
      response,
    };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function createPdpClient(options: PdpClientOptions): PdpClient {
  return new PdpClient(options);
}

/** RFC 8288 `Link` header to absolute URLs, resolved against the URL of the response that carried it. */
export function parseLinks(header: string | null, base: string): Links {
  const links: Links = {};
  for (const [, target, params] of (header ?? "").matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const rels = /;\s*rel\s*=\s*"?([^";]+)"?/i.exec(params ?? "")?.[1];
    for (const rel of rels?.trim().split(/\s+/) ?? []) {
      links[rel.toLowerCase()] = new URL(target ?? "", base).href;
    }
  }
  return links;
}

/** `RateLimit: "api";r=599;t=37` with `RateLimit-Policy: "api";q=600;w=60`. */
export function parseRateLimit(header: string | null, policyHeader: string | null): RateLimit | undefined {
  const limit = header ? parseStructuredItem(header) : undefined;
  if (!limit || limit.params.r === undefined || limit.params.t === undefined) return undefined;
  const policy = policyHeader ? parseStructuredItem(policyHeader) : undefined;
  const samePolicy = policy?.name === limit.name ? policy.params : {};
  return {
    policy: limit.name,
    remaining: limit.params.r,
    resetSeconds: limit.params.t,
    quota: samePolicy.q,
    windowSeconds: samePolicy.w,
  };
}

function parseStructuredItem(value: string): { name: string; params: Record<string, number> } | undefined {
  const [name, ...params] = value.split(",")[0]!.split(";").map((part) => part.trim());
  if (!name) return undefined;
  const numbers: Record<string, number> = {};
  for (const param of params) {
    const [key, raw] = param.split("=");
    const number = Number(raw);
    if (key && Number.isFinite(number)) numbers[key] = number;
  }
  return { name: name.replace(/^"|"$/g, ""), params: numbers };
}

/** `Retry-After` is delay-seconds or an HTTP date (RFC 9110). */
export function retryAfterSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
