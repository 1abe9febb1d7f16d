/**
 * An engine result across the worker boundary. Structured clone copies plain data, Maps and typed
 * arrays, but not decimal.js numbers (their own `constructor` property is a function): they cross as
 * `{ $decimal: "123.45" }` and come back as Decimals, exact. The table (the rows) crosses apart.
 */
import Decimal from "decimal.js";
import type { EngineResult } from "../../core/engine";
import type { RawTable } from "../../core/types";

const MARK = "$decimal";

/** An engine result without its table, every Decimal as a marked string. */
export type PackedResult = Record<string, unknown>;

/** Tag of a built-in object, true across realms (a Map from another realm fails instanceof Map). */
function tag(v: object): string {
  return Object.prototype.toString.call(v);
}

/** True for values copied as they are: primitives, typed arrays, dates. */
function atomic(v: unknown): boolean {
  return v === null || typeof v !== "object" || ArrayBuffer.isView(v) || tag(v) === "[object Date]";
}

function pack(v: unknown): unknown {
  if (v instanceof Decimal) return { [MARK]: v.valueOf() }; // valueOf keeps "-0"
  if (Array.isArray(v)) return v.map(pack);
  if (atomic(v)) return v;
  if (tag(v as object) === "[object Map]") {
    return new Map([...(v as Map<unknown, unknown>)].map(([k, x]) => [k, pack(x)]));
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as object)) out[k] = pack(x);
  return out;
}

function unpack(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unpack);
  if (atomic(v)) return v;
  if (tag(v as object) === "[object Map]") {
    return new Map([...(v as Map<unknown, unknown>)].map(([k, x]) => [k, unpack(x)]));
  }
  const o = v as Record<string, unknown>;
  if (typeof o[MARK] === "string" && Object.keys(o).length === 1) return new Decimal(o[MARK]);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k] = unpack(x);
  return out;
}

/** Any plain value ready for postMessage, its Decimals marked (settings, a dashboard model). */
export function packValue(v: unknown): unknown {
  return pack(v);
}

/** A value packed by packValue, its Decimals back. */
export function unpackValue<T>(v: unknown): T {
  return unpack(v) as T;
}

/** The result ready for postMessage (its table left out: the rows travel on their own). */
export function packResult(r: EngineResult): PackedResult {
  return pack({ ...r, table: null }) as PackedResult;
}

/** The result back, with the table it was computed from. */
export function unpackResult(p: PackedResult, table: RawTable): EngineResult {
  return { ...(unpack(p) as EngineResult), table };
}
