/**
 * Direction (Sens) values as data: what each writing of debit / credit means for the sign of a line's
 * contribution (credit − debit). Shared by the amount readers, the column evidence and the SQL path.
 */
/**
 * FEC "Sens" → the sign of the line's contribution (credit − debit): credit +1, debit −1, else 0.
 *
 * `+1`/`-1`: article A47 A-1 LPF (FEC format, arrêté du 29/07/2013) lets the Debit and Credit zones
 * be replaced by Montant and Sens, and its commentary BOI-CF-IOR-60-40-20
 * (https://bofip.impots.gouv.fr/doctrine/pgp/9028-PGP, II, list of the zones, §§ 40–60) gives the
 * Sens as "D"/"C" or "+1"/"-1". The stored copies of both texts reachable here stop before the list
 * of zones, so the wording could not be quoted: we read +1 = débit and -1 = crédit, the accounting
 * convention of signed ledgers (debit positive) and the reading of the DGFiP checker's users
 * (fixture fec-sens-plus-moins-un.txt). The choice is made visible by the `sens_plus_minus_one`
 * diagnostic whenever a file uses +1/-1, so a reversed export is caught (its CA OP comes out negative,
 * which the sign_convention warning also names).
 */
export function directionSign(t: string): number {
  return DIRECTIONS[t] ?? 0;
}

/**
 * Sens values (upper case) → the sign of the contribution: the FEC's D / C and +1 / -1, the words,
 * the English ledgers' abbreviations (DR / CR, DB / CR) and SAP's S (Soll, debit) / H (Haben, credit).
 */
const DIRECTIONS: Readonly<Record<string, number>> = {
  C: 1,
  H: 1,
  HABEN: 1,
  S: -1,
  SOLL: -1,
  CR: 1,
  CRED: 1,
  CREDIT: 1,
  CRÉDIT: 1,
  "-1": 1,
  D: -1,
  DR: -1,
  DB: -1,
  DEB: -1,
  DEBIT: -1,
  DÉBIT: -1,
  "+1": -1,
  "1": -1,
};

/** The Sens values (upper case) of one sign: for the DuckDB path's SQL, from the same table. */
export function directionWords(sign: 1 | -1): string[] {
  return Object.keys(DIRECTIONS).filter((k) => DIRECTIONS[k] === sign);
}

/** Sage's direction 0/1 → the sign of the contribution (credit − debit). */
const ZERO_ONE_SIGN: Readonly<Record<string, number>> = { "0": -1, "1": 1 };

/** How a direction column writes its side: D / C words, Sage's 0/1, or SAP's posting keys. */
export type SensConvention = "dc" | "0/1" | "posting_key";

/**
 * SAP's standard posting keys (BSCHL, "Clé de comptabilisation", "CC") → the sign of the
 * contribution: customers 01–09 debit (01 invoice) and 11–19 credit (11 credit memo), vendors 21–29
 * debit and 31–39 credit, G/L accounts 40 debit and 50 credit, assets 70 / 75, materials 80–89 debit
 * and 90–99 credit. Written with two digits ("01"); a spreadsheet's number 1 reads as "01".
 */
const POSTING_KEY_RANGES: readonly (readonly [number, number, number])[] = [
  [1, 9, -1],
  [11, 19, 1],
  [21, 29, -1],
  [31, 39, 1],
  [40, 40, -1],
  [50, 50, 1],
  [70, 70, -1],
  [75, 75, 1],
  [80, 89, -1],
  [90, 99, 1],
];

/** The sign a posting key gives the contribution (credit +1, debit −1), or 0 for no key. */
export function postingKeySign(t: string): number {
  if (!/^\d{1,2}$/.test(t)) return 0;
  const k = Number(t);
  return POSTING_KEY_RANGES.find(([lo, hi]) => k >= lo && k <= hi)?.[2] ?? 0;
}

/** The sign of a Sens text under the column's convention: Sage's 0/1, SAP's posting keys, else directionSign. */
export function sensSign(t: string, convention: SensConvention): number {
  if (convention === "0/1") return ZERO_ONE_SIGN[t] ?? 0;
  return convention === "posting_key" ? postingKeySign(t) : directionSign(t);
}

/** True for the numeric forms of Sens (+1 / -1 / 1). */
export function numericSens(t: string): boolean {
  return t === "+1" || t === "-1" || t === "1";
}
