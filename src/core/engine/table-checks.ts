/** Checks of a table as a whole or per row, before lines are read: columns, blank rows, object cells. */
import { isBlank } from "../cells";
import { diag, DIAG } from "../diagnostics";
import { EngineError } from "../errors";
import type { MappingResult } from "../fields";
import type { CellValue, Diagnostic, Mapping, RawTable } from "../types";

/** A warning for each column whose header repeats the header of a column the mapping uses. */
export function duplicateHeaders(table: RawTable, map: Mapping): Diagnostic[] {
  const used = new Set(Object.values(map));
  const norm = (h: string | undefined): string => (h ?? "").trim().toLowerCase();
  const out: Diagnostic[] = [];
  for (const col of used) {
    const h = norm(table.headers[col]);
    if (h === "") continue;
    table.headers.forEach((other, j) => {
      if (j === col || used.has(j) || norm(other) !== h) return;
      out.push(
        diag(DIAG.duplicateHeader, {
          row: Math.max(0, table.firstRow - 1),
          column: table.headers[col],
          value: String(j + 1),
          args: { used: col + 1 },
        }),
      );
    });
  }
  return out;
}

/** True when one of the given cells is an object (an error value or a date): the rare case worth a closer look. */
export function hasObjectCell(row: readonly CellValue[], cols: readonly number[]): boolean {
  for (let k = 0; k < cols.length; k++) {
    const v = row[cols[k]];
    if (typeof v === "object" && v !== null) return true;
  }
  return false;
}

/** True when a row is missing or all its cells are blank. */
export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (let j = 0; j < row.length; j++) if (!isBlank(row[j])) return false;
  return true;
}

/** The error naming the required columns not found, and the headers that were. */
export function missingColumns(info: MappingResult, headers: readonly string[]): EngineError {
  const found = headers.filter((h) => h.trim() !== "").join(", ") || "(aucun)";
  const names = info.missing.join(", ");
  return new EngineError(
    "missing_column",
    `colonne obligatoire absente : ${names} ; en-têtes trouvés : ${found}`,
    `required column missing: ${names}; headers found: ${found === "(aucun)" ? "(none)" : found}`,
    { missing: info.missing, headers: [...headers] },
  );
}
