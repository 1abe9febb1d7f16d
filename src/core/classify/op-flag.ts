/** Reading the OP flag column (SPEC 2.1 step 2): one cell, and the convention of a whole column. */
import { isCellError } from "../cells";
import { DEFAULT_OP_FLAG_MARKS, DEFAULT_RULES, type OpFlagWords } from "../rules";
import { normalizeText } from "../text";
import type { CellValue } from "../types";

/** What an OP flag cell says: yes, no, empty (no opinion), or a value in neither list. */
export type OpFlagReading = "yes" | "no" | "empty" | "unknown";

/** Sets of normalised OP flag words, compiled once per word lists. */
interface OpFlagSets {
  /** The yes words and the marks (a mark is a yes). */
  yes: ReadonlySet<string>;
  no: ReadonlySet<string>;
  marks: ReadonlySet<string>;
}

const opFlagSetsCache = new WeakMap<OpFlagWords, OpFlagSets>();

/** Key an OP flag word is compared by: normalised text, or the trimmed text for symbols (✓). */
function opFlagKey(s: string): string {
  return normalizeText(s) || s.trim();
}

/** Compiles (and memoises) the yes/no word lists. */
function opFlagSets(words: OpFlagWords): OpFlagSets {
  let sets = opFlagSetsCache.get(words);
  if (sets === undefined) {
    const marks = (words.marks ?? DEFAULT_OP_FLAG_MARKS).map(opFlagKey);
    sets = {
      yes: new Set([...words.yes.map(opFlagKey), ...marks]),
      no: new Set(words.no.map(opFlagKey)),
      marks: new Set(marks),
    };
    opFlagSetsCache.set(words, sets);
  }
  return sets;
}

/**
 * Reads an OP flag cell: booleans, numbers 1/0 and the rule set's words (Oui/Non, VRAI/FAUX, X…).
 * An empty cell is "empty" (the next precedence step decides); the engine may diagnose "unknown".
 */
export function readOpFlag(value: CellValue, words: OpFlagWords = DEFAULT_RULES.opFlag): OpFlagReading {
  if (value === null || value === undefined) return "empty";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return value === 1 ? "yes" : value === 0 ? "no" : "unknown";
  if (typeof value !== "string") return "unknown";
  if (value.trim() === "") return "empty";
  const key = opFlagKey(value);
  const sets = opFlagSets(words);
  return sets.yes.has(key) ? "yes" : sets.no.has(key) ? "no" : "unknown";
}

/** How an OP flag column says "not OP": with a no word ("explicit"), or by leaving the cell empty ("x_empty"). */
export type OpFlagConvention = "x_empty" | "explicit";

/**
 * The convention of a whole OP flag column (SPEC 2.1 step 2), which one cell cannot show: "x_empty"
 * when it holds at least one mark (x, ✓, ✔, ☑, *: the rule set's marks) and every other non-empty
 * value is a mark too; "explicit" otherwise (Oui/Non, 1/0, VRAI/FAUX…, or a column with no value at
 * all, so that an unfilled column excludes nothing). Blank cells and error cells (#N/A, diagnosed
 * elsewhere) say nothing either way. Under "x_empty" the engine passes "non" to the classifier for an
 * empty cell, which then means not OP; under "explicit" an empty cell lets the next step decide.
 */
export function opFlagConvention(
  values: Iterable<CellValue>,
  words: OpFlagWords = DEFAULT_RULES.opFlag,
): OpFlagConvention {
  const { marks } = opFlagSets(words);
  let marked = false;
  for (const v of values) {
    if (v === null || v === undefined || isCellError(v)) continue;
    if (typeof v !== "string") return "explicit";
    if (v.trim() === "") continue;
    if (!marks.has(opFlagKey(v))) return "explicit";
    marked = true;
  }
  return marked ? "x_empty" : "explicit";
}
