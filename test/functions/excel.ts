/**
 * A stand-in for Excel's custom-functions runtime: the CustomFunctions global (Error, ErrorCode,
 * associate), registration exactly as the build does it (the metadata plugin's associate list from
 * the JSDoc of functions.ts), and `excel.call(id, ...args)` that passes arguments the way Excel
 * does (null for omitted optionals, scalars wrapped for matrix parameters, the invocation object
 * last) and settles every call within a timeout, so a pending promise fails the test.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { resolve } from "node:path";
import type { Metadata, MetadataFunction } from "../../src/functions/metadata";

import { ERROR_CODES } from "./error-codes";

/** Custom-function payload limit of Excel on the web, counted strictly (5,000,000 bytes). */
export const ARGUMENT_LIMIT = 5_000_000;

/** What the stub's CustomFunctions.Error carries. */
export class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

type Fn = (...args: unknown[]) => unknown;

/** The outcome of one call: a value, or the Excel error with its message. */
export type Outcome = { value: unknown } | { error: string; message?: string };

export interface CallOptions {
  /** Address of each argument as `invocation.parameterAddresses` gives it ("Ventes!A1:H5000"). */
  addresses?: (string | undefined)[];
  /** Milliseconds before an unsettled call fails the test. */
  timeoutMs?: number;
  /** Bytes of arguments Excel accepts (default ARGUMENT_LIMIT, Excel on the web; Infinity: desktop). */
  argumentLimit?: number;
}

export interface FakeExcel {
  metadata: Metadata;
  registered: Map<string, Fn>;
  call(id: string, args: unknown[], options?: CallOptions): Promise<Outcome>;
}

/** Installs the CustomFunctions global (what Excel's runtime provides) and returns what was associated. */
export function installCustomFunctions(): Map<string, Fn> {
  const registered = new Map<string, Fn>();
  const g = globalThis as unknown as { CustomFunctions: unknown };
  g.CustomFunctions = {
    Error: StubError,
    ErrorCode: ERROR_CODES,
    associate(id: string | Record<string, Fn>, fn?: Fn): void {
      if (typeof id === "string" && fn) registered.set(id, fn);
      else if (typeof id === "object") for (const [k, v] of Object.entries(id)) registered.set(k, v);
    },
  };
  return registered;
}

const SOURCE = resolve(__dirname, "../../src/functions/functions.ts");

/**
 * Loads functions.ts and registers its functions under their metadata ids, as the build's loader
 * appends `CustomFunctions.associate(id, functionName)` for each JSDoc @customfunction.
 */
export async function loadExcel(): Promise<FakeExcel> {
  const registered = installCustomFunctions();
  const generated = await generateCustomFunctionsMetadata([SOURCE], false);
  if (generated.errors.length > 0) throw new Error(generated.errors.join("\n"));
  const metadata = JSON.parse(generated.metadataJson) as Metadata;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(SOURCE) as Record<string, Fn>;
  const cf = (globalThis as unknown as { CustomFunctions: { associate(id: string, fn: Fn): void } })
    .CustomFunctions;
  for (const a of generated.associate) cf.associate(a.id, mod[a.functionName]);
  return {
    metadata,
    registered,
    call: (id, args, options = {}) => callFunction(metadata, registered, id, args, options),
  };
}

/** Excel's argument passing: omitted → null, scalar to a matrix parameter → [[v]], invocation last. */
export function excelArguments(
  fn: MetadataFunction,
  args: unknown[],
  addresses?: (string | undefined)[],
): unknown[] {
  if (args.length > fn.parameters.length)
    throw new Error(`${fn.id}: ${args.length} arguments for ${fn.parameters.length} parameters`);
  const out = fn.parameters.map((p, i) => {
    const a = i < args.length ? args[i] : null;
    if (a === undefined || a === null) return null;
    return p.dimensionality === "matrix" && !Array.isArray(a) ? [[a]] : a;
  });
  const invocation: { functionName: string; parameterAddresses?: string[] } = { functionName: fn.name };
  if (fn.options?.requiresParameterAddresses) {
    invocation.parameterAddresses = fn.parameters.map((_, i) => addresses?.[i] ?? "");
  }
  return [...out, invocation];
}

async function callFunction(
  metadata: Metadata,
  registered: Map<string, Fn>,
  id: string,
  args: unknown[],
  options: CallOptions,
): Promise<Outcome> {
  const fn = metadata.functions.find((f) => f.id === id);
  const impl = registered.get(id);
  if (!fn || !impl) throw new Error(`no function registered under ${id}`);
  // Excel on the web sends a custom function's arguments in one payload of about 5 MB at most; a
  // larger range (a whole column) gives #CALC! without calling the function (office-js issues
  // 4654, 4613; https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
  const payload = Buffer.byteLength(JSON.stringify(args), "utf8");
  if (payload > (options.argumentLimit ?? ARGUMENT_LIMIT)) return { error: "#CALC!" };
  const settle = (async (): Promise<Outcome> => {
    try {
      return { value: await impl(...excelArguments(fn, args, options.addresses)) };
    } catch (e) {
      if (e instanceof StubError) return { error: e.code, message: e.message };
      throw new Error(`${id} threw a raw exception instead of CustomFunctions.Error: ${String(e)}`);
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${id} did not settle within ${options.timeoutMs ?? 5000} ms`)),
      options.timeoutMs ?? 5000,
    );
  });
  try {
    const outcome = await Promise.race([settle, timeout]);
    if ("value" in outcome) checkShape(fn, outcome.value);
    return outcome;
  } finally {
    clearTimeout(timer);
  }
}

/** The result has the shape its metadata promises: a non-empty rectangular matrix, or a scalar. */
function checkShape(fn: MetadataFunction, value: unknown): void {
  if (fn.result.dimensionality !== "matrix") {
    if (Array.isArray(value)) throw new Error(`${fn.id} returned an array for a scalar result`);
    return;
  }
  if (!Array.isArray(value) || value.length === 0 || !value.every((r) => Array.isArray(r))) {
    throw new Error(`${fn.id} returned ${JSON.stringify(value)} for a matrix result`);
  }
  const width = (value[0] as unknown[]).length;
  if (width === 0 || !value.every((r: unknown[]) => r.length === width))
    throw new Error(`${fn.id} returned a ragged matrix`);
}

/** The value of a successful call (throws with the error otherwise). */
export function valueOf(o: Outcome): unknown {
  if ("error" in o) throw new Error(`expected a value, got ${o.error} ${o.message ?? ""}`);
  return o.value;
}

/** The single cell of a 1×1 matrix result, or a scalar result. */
export function cellOf(o: Outcome): unknown {
  const v = valueOf(o);
  return Array.isArray(v) ? (v as unknown[][])[0][0] : v;
}
