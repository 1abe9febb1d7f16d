/**
 * The custom functions' metadata files: functions.json (English, generated from the JSDoc of
 * functions.ts by custom-functions-metadata) finished with the options JSDoc cannot express, and
 * functions-fr.json derived from it with the French table. Also Excel's naming rules, as checks.
 * Pure and dependency-free: the build (webpack.config.js) and scripts/functions-metadata.ts use it.
 */
import { FRENCH_FUNCTIONS, type FrenchFunction } from "./metadata-fr";

export interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  [key: string]: unknown;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
  [key: string]: unknown;
}

export interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: MetadataFunction[];
  [key: string]: unknown;
}

/**
 * The generated English metadata with the top-level options the functions rely on: error values
 * in a range reach the function (diagnosed with their row) instead of short-circuiting it, and
 * formatted numbers may be returned (CAOP.VAR's percentage; checked at run time too).
 */
export function finishMetadata(generated: Metadata): Metadata {
  return { ...generated, allowErrorForDataTypeAny: true, allowCustomDataForDataTypeAny: true };
}

/** The French metadata: same ids, types, options and parameters; names and help from the table. */
export function frenchMetadata(
  en: Metadata,
  table: Readonly<Record<string, FrenchFunction>> = FRENCH_FUNCTIONS,
): Metadata {
  const missing = en.functions.filter((f) => !(f.id in table)).map((f) => f.id);
  const extra = Object.keys(table).filter((id) => !en.functions.some((f) => f.id === id));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `French metadata table out of step: missing ${missing.join(", ") || "-"}, extra ${extra.join(", ") || "-"}`,
    );
  }
  return {
    ...en,
    functions: en.functions.map((f) => {
      const fr = table[f.id];
      if (fr.parameters.length !== f.parameters.length) {
        throw new Error(
          `${f.id}: ${f.parameters.length} parameters in functions.ts, ${fr.parameters.length} in metadata-fr.ts`,
        );
      }
      return {
        ...f,
        name: fr.name,
        description: fr.description,
        parameters: f.parameters.map((p, i) => ({
          ...p,
          name: fr.parameters[i].name,
          description: fr.parameters[i].description,
        })),
      };
    }),
  };
}

/** Function ids: A–Z, 0–9, "_" and ".", starting with a letter, at least 3 characters (Office docs). */
export const FUNCTION_ID_RULE = /^[A-Z][A-Z0-9_.]{2,}$/;
/** Function names: Unicode letters, "_" and ".", starting with a letter, at least 3 characters (Office docs). */
export const FUNCTION_NAME_RULE = /^\p{L}[\p{L}_.]{2,}$/u;
/** A1 or R1C1 cell reference, which a function name must not look like. */
const CELL_REFERENCE = /^(?:[A-Z]{1,3}[1-9][0-9]{0,6}|R[1-9][0-9]*C[1-9][0-9]*)$/i;

/** What is wrong with a function id or name by Excel's naming rules (empty when nothing). */
export function namingProblems(fn: { id: string; name: string }): string[] {
  const problems: string[] = [];
  if (!FUNCTION_ID_RULE.test(fn.id)) problems.push(`id "${fn.id}" breaks the id rule`);
  if (!FUNCTION_NAME_RULE.test(fn.name)) problems.push(`name "${fn.name}" breaks the name rule`);
  if (fn.name !== fn.name.toUpperCase()) problems.push(`name "${fn.name}" is not upper case`);
  if (CELL_REFERENCE.test(fn.name) || CELL_REFERENCE.test(fn.id))
    problems.push(`"${fn.name}" reads as a cell reference`);
  return problems;
}
