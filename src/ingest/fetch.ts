/** What a server said last time, so the next request can ask "only if changed". */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface ValidatorCache {
  get(url: string): Promise<Validators | null>;
  set(url: string, validators: Validators): Promise<void>;
}

export type FetchResult =
  | { status: "fetched"; body: string; contentType: string | null; validators: Validators }
  | { status: "not-modified" };

/** An in-memory cache, for `dossier watch` runs without a store and for tests. */
export function memoryValidatorCache(): ValidatorCache {
  const map = new Map<string, Validators>();
  return { get: async (url) => map.get(url) ?? null, set: async (url, v) => void map.set(url, v) };
}

/** GET with If-None-Match / If-Modified-Since from the last answer: an unchanged feed costs one 304. */
export async function fetchConditional(url: string, cache: ValidatorCache, timeoutMs = 30_000): Promise<FetchResult> {
  const known = await cache.get(url);
  const headers: Record<string, string> = { "user-agent": "dossier (news analysis)", accept: "*/*" };
  if (known?.etag) headers["if-none-match"] = known.etag;
  if (known?.lastModified) headers["if-modified-since"] = known.lastModified;
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
  if (response.status === 304) return { status: "not-modified" };
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
  const body = await response.text();
  const validators = { etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") };
  await cache.set(url, validators);
  return { status: "fetched", body, contentType: response.headers.get("content-type"), validators };
}
