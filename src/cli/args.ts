/** Command-line arguments of `caop`: a tiny parser (no dependency) for the SPEC 9 grammar. */
import { NO_COLUMN } from "../core/fields";
import { FIELD_IDS, type FieldId, type MappingOverrides } from "../core/types";

export interface CliArgs {
  command: string;
  file?: string;
  /** Every file argument (compute --engine duckdb takes several, globs allowed). */
  files: string[];
  /** Engine of `compute`: the TypeScript one (default) or embedded DuckDB (issue 14). */
  engine?: "ts" | "duckdb";
  /** SQL dialect of `caop sql`. */
  dialect?: "duckdb" | "spark";
  /** A rule set JSON file (`caop sql`, `compute --engine duckdb`). */
  rules?: string;
  out?: string;
  sheet?: string;
  map: Record<string, string>;
  json: boolean;
  strict: boolean;
  /** Message language (--lang, or its alias --locale); never how data is read (SPEC 2.2). */
  lang?: "fr" | "en";
  /** Decimal mark of amount columns whose data cannot prove it (--decimal); evidence first (SPEC 2.2). */
  decimal?: "," | ".";
  /** Day/month order of date columns whose data cannot prove it (--dates dmy|mdy). */
  dates?: "dmy" | "mdy";
  /** A single signed amount's convention (--signs debit-positive|as-written): the user's word, before any evidence. */
  signs?: "debit_positive" | "as_written";
  year?: number;
  segmentField?: string;
  quarter?: string;
  help: boolean;
}

export class UsageError extends Error {}

/** Flags taking a value, and the CliArgs key they fill. */
const VALUE_FLAGS: Record<string, keyof CliArgs> = {
  "--sheet": "sheet",
  "-o": "out",
  "--out": "out",
  "--year": "year",
  "--segment-field": "segmentField",
  "--quarter": "quarter",
  "--lang": "lang",
  // Alias kept for scripts written before --lang: the message language only, like --lang.
  "--locale": "lang",
  "--decimal": "decimal",
  "--dates": "dates",
  "--signs": "signs",
  "--engine": "engine",
  "--dialect": "dialect",
  "--rules": "rules",
};

/** The values of --signs and the convention each names. */
const SIGNS: Readonly<Record<string, "debit_positive" | "as_written">> = {
  "debit-positive": "debit_positive",
  "as-written": "as_written",
};

/** Parses argv (without node and script) into CliArgs; throws UsageError with a one-line message. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const a: CliArgs = { command: "", files: [], map: {}, json: false, strict: false, help: false };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const t = argv[i];
    const eq = t.startsWith("--") ? t.indexOf("=") : -1;
    const flag = eq > 0 ? t.slice(0, eq) : t;
    const inline = eq > 0 ? t.slice(eq + 1) : undefined;
    const next = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`option ${flag} : valeur manquante`);
      return v;
    };
    if (flag === "--json") a.json = true;
    else if (flag === "--strict") a.strict = true;
    else if (flag === "-h" || flag === "--help") a.help = true;
    else if (flag === "--map") {
      const v = next();
      const k = v.indexOf("=");
      if (k <= 0) throw new UsageError(`--map attend champ=En-tête, reçu « ${v} »`);
      a.map[v.slice(0, k).trim()] = v.slice(k + 1).trim();
    } else if (flag in VALUE_FLAGS) {
      const key = VALUE_FLAGS[flag];
      const v = next();
      if (key === "year") {
        if (!/^\d{4}$/.test(v)) throw new UsageError(`--year attend une année (2025), reçu « ${v} »`);
        a.year = Number(v);
      } else if (key === "lang") {
        if (v !== "fr" && v !== "en") throw new UsageError(`${flag} attend fr ou en, reçu « ${v} »`);
        a.lang = v;
      } else if (key === "decimal") {
        if (v !== "," && v !== ".") throw new UsageError(`--decimal attend , ou ., reçu « ${v} »`);
        a.decimal = v;
      } else if (key === "dates") {
        if (v !== "dmy" && v !== "mdy") throw new UsageError(`--dates attend dmy ou mdy, reçu « ${v} »`);
        a.dates = v;
      } else if (key === "signs") {
        const signs = SIGNS[v];
        if (signs === undefined)
          throw new UsageError(`--signs attend debit-positive ou as-written, reçu « ${v} »`);
        a.signs = signs;
      } else if (key === "engine") {
        if (v !== "ts" && v !== "duckdb") throw new UsageError(`--engine attend ts ou duckdb, reçu « ${v} »`);
        a.engine = v;
      } else if (key === "dialect") {
        if (v !== "duckdb" && v !== "spark")
          throw new UsageError(`--dialect attend duckdb ou spark, reçu « ${v} »`);
        a.dialect = v;
      } else (a as unknown as Record<string, string>)[key] = v;
    } else if (t.startsWith("-") && t.length > 1) throw new UsageError(`option inconnue : ${t}`);
    else rest.push(t);
  }
  a.command = rest[0] ?? "";
  a.file = rest[1];
  a.files = rest.slice(1);
  // Several files: only `compute --engine duckdb` consolidates them.
  if (rest.length > 2 && !(a.command === "compute" && a.engine === "duckdb")) {
    throw new UsageError(
      `argument en trop : ${rest[2]} (plusieurs fichiers : caop compute … --engine duckdb)`,
    );
  }
  return a;
}

export const USAGE = `usage :
  caop compute FICHIER [--sheet FEUILLE] [--map champ=En-tête …] [--json] [--strict] [--lang fr|en]
                [--decimal , | .] [--dates dmy|mdy] [--signs debit-positive|as-written]
  caop compute FICHIER… --engine duckdb [--rules REGLES.json] [--json] : plusieurs fichiers (FEC ou CSV,
                jokers * ?) consolidés par DuckDB embarqué ; totaux par fichier et par entité (SIREN)
  caop sql [--dialect duckdb|spark] [--rules REGLES.json] : la classification en SQL (table caop_lines)
  caop dashboard FICHIER -o SORTIE.xlsx [--year 2025] [--segment-field segment]
  caop qc FICHIER -o SORTIE.xlsx --quarter 2025-Q1
FICHIER : .xlsx, .csv (; ou ,) ou FEC .txt
--map champ=En-tête : la colonne d'un champ (--map account= : aucune colonne pour ce champ).
--lang fr|en : langue des messages (français par défaut) ; ne change pas la lecture des données :
  dates et montants sont lus d'après les données, sinon à la française (jj/mm, virgule décimale).
--decimal , | . : séparateur décimal des colonnes de montants dont les données ne le prouvent pas
  (une valeur comme 261.96 ou 1.234,56 le prouve : les données décident d'abord).
--dates dmy|mdy : ordre jour/mois des colonnes de dates dont les données ne le prouvent pas.
--signs debit-positive|as-written : un montant signé unique écrit débit positif, crédit négatif (grand
  livre, liste de postes SAP : lu inversé) ou tel qu'écrit ; sans l'option, les écritures équilibrées
  ou les signes des comptes 70… et 709 le prouvent, sinon le montant est lu tel qu'écrit, avec un avertissement.
--locale fr|en : ancien nom, alias de --lang (langue des messages seulement ; ne change pas la lecture).
`;

/** `--map field=Header` pairs as engine overrides (always header texts, "2025" included); an unknown field id is a usage error. */
export function mappingOf(map: Record<string, string>): MappingOverrides {
  const out: MappingOverrides = {};
  for (const [field, header] of Object.entries(map)) {
    if (!(FIELD_IDS as readonly string[]).includes(field)) {
      throw new UsageError(`--map : champ inconnu « ${field} » (champs : ${FIELD_IDS.join(", ")})`);
    }
    // "--map account=" (nothing after "="): the field takes no column, even if a header looks like it.
    out[field as FieldId] = header === "" ? NO_COLUMN : header;
  }
  return out;
}
