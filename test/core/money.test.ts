import Decimal from "decimal.js";
import fc from "fast-check";
import {
  type AmountOut,
  type DecimalSep,
  centsToDecimal,
  formatMoneyEn,
  formatMoneyFr,
  newAmountOut,
  numberToCents,
  numberToDecimal,
  readAmount,
  toDecimalString,
} from "../../src/core/money";
import type { CellValue } from "../../src/core/types";

/** readAmount into a fresh out, returned with the boolean. */
function read(v: CellValue, sep: DecimalSep = ","): AmountOut & { ok: boolean } {
  const out = newAmountOut();
  const ok = readAmount(v, sep, out);
  return { ...out, ok };
}

/** The value read, as a decimal string, whichever of cents/exact holds it. */
function valueOf(r: AmountOut): string {
  return toDecimalString(r.exact ?? centsToDecimal(r.cents));
}

describe("readAmount", () => {
  describe("numbers", () => {
    it.each([
      [1234.56, 123456],
      [0, 0],
      [-0, 0],
      [-150000, -15000000],
      [0.1, 10],
      [1e13, 1e15],
      [0.1 + 0.2, 30],
      [1.1 * 3, 330],
      [119.99999999999999, 12000],
    ])("reads %p as %p cents", (x, cents) => {
      const r = read(x);
      expect(r.ok).toBe(true);
      expect(r.cents).toBe(cents);
      expect(Object.is(r.cents, -0)).toBe(false);
      expect(r.exact).toBeNull();
      expect(r.error).toBe("");
      expect(r.currency).toBe("");
      expect(r.ambiguous).toBe(false);
    });

    it.each([
      [12.3456, "12.3456"],
      [0.001, "0.001"],
      [1.005, "1.005"],
      [-3.14159, "-3.14159"],
      [0.1 + 0.2 + 0.0001, "0.3001"],
    ])("keeps %p with more than 2 decimals exact (%s), cents NaN", (x, exact) => {
      const r = read(x);
      expect(r.ok).toBe(true);
      expect(r.cents).toBeNaN();
      expect(r.exact?.toString()).toBe(exact);
    });

    it("rejects NaN and infinities as unreadable", () => {
      for (const x of [NaN, Infinity, -Infinity])
        expect(read(x)).toMatchObject({ ok: false, error: "unreadable" });
    });
  });

  describe("texts", () => {
    it.each<[string, number, string]>([
      ["1 234,56 €", 123456, "EUR"],
      ["1\u00a0234,56", 123456, ""],
      ["1\u202f234,56", 123456, ""],
      // Excel's U+202F saved in a Windows-1252 CSV: "?" between groups of three digits.
      ["1?234,56", 123456, ""],
      ["12?500?000,00\u00a0€", 1250000000, "EUR"],
      ["1\u00a0234\u00a0567,89\u00a0€", 123456789, "EUR"],
      ["1.234,56", 123456, ""],
      ["1,234.56", 123456, ""],
      ["(1 234,56)", -123456, ""],
      ["(1 234,56 €)", -123456, "EUR"],
      ["-1234,56", -123456, ""],
      ["1234,56-", -123456, ""],
      ["1 234,56 -", -123456, ""],
      ["+1234", 123400, ""],
      ["1 234,56 EUR", 123456, "EUR"],
      ["1 234,56 eur", 123456, "EUR"],
      ["€1,234.56", 123456, "EUR"],
      ["-€150,000.00", -15000000, "EUR"],
      ["€ -5", -500, "EUR"],
      ["EUR 1 234,56", 123456, "EUR"],
      ["1234EUR", 123400, "EUR"],
      ["$1,234.56", 123456, "USD"],
      ["£12.5", 1250, "GBP"],
      ["CHF 1'234.56", 123456, "CHF"],
      ["Fr. 1'234.56", 123456, "CHF"],
      ["SFr. 12.50", 1250, "CHF"],
      ["1'234.56 Fr.", 123456, "CHF"],
      ["1234", 123400, ""],
      ["1234.5", 123450, ""],
      ["1234,5", 123450, ""],
      ["  12  ", 1200, ""],
      ["\t12\u00a0", 1200, ""],
      ["\u22125", -500, ""],
      ["\u2212 1 234,56 €", -123456, "EUR"],
      ["1.234.567", 123456700, ""],
      ["1,234,567", 123456700, ""],
      ["1 234 567", 123456700, ""],
      ["1.234.567,89", 123456789, ""],
      ["1,234,567.89", 123456789, ""],
      ["1'234.56", 123456, ""],
      ["1\u2019234.56", 123456, ""],
      ["1'234'567", 123456700, ""],
      ["1 234,5", 123450, ""],
      ["1,2", 120, ""],
      ["1.23", 123, ""],
      ["12345,67", 1234567, ""],
      ["1,2345", NaN, ""],
      [",50", 50, ""],
      ["-.5", -50, ""],
      ["0,5", 50, ""],
      ["-0,00", 0, ""],
      ["(0)", 0, ""],
      ["000123", 12300, ""],
      ["1234,5600", 123456, ""],
    ])("reads %p", (text, cents, currency) => {
      const r = read(text);
      expect(r.ok).toBe(true);
      expect(r.error).toBe("");
      expect(r.currency).toBe(currency);
      expect(r.ambiguous).toBe(false);
      if (Number.isNaN(cents)) expect(r.exact).not.toBeNull();
      else {
        expect(r.cents).toBe(cents);
        expect(Object.is(r.cents, -0)).toBe(false);
        expect(r.exact).toBeNull();
      }
    });

    it("reads the same in both locales when the text is not ambiguous", () => {
      for (const t of [
        "1 234,56",
        "1.234,56",
        "1,234.56",
        "1234,5",
        "1,2345",
        "0,123",
        "1234,567",
        "1 234,567",
        "1.234.567",
      ]) {
        expect(valueOf(read(t, ","))).toBe(valueOf(read(t, ".")));
        expect(read(t, ",").ambiguous).toBe(false);
      }
    });

    it("keeps more than 2 decimals exact, never rounded", () => {
      expect(read("1 234,5678").exact?.toString()).toBe("1234.5678");
      expect(read("1 234,5678").cents).toBeNaN();
      expect(read("0,125").exact?.toString()).toBe("0.125");
      expect(read("1234,567").exact?.toString()).toBe("1234.567");
      expect(read("-2,0005 €").exact?.toString()).toBe("-2.0005");
      expect(read("1,234.5678", ".").exact?.toString()).toBe("1234.5678");
      expect(read("(3,14159)").exact?.toString()).toBe("-3.14159");
    });

    it("keeps texts with 16 and more digits exact", () => {
      // 16 digits that still fit in safe integer cents
      expect(read("12345678901234,56")).toMatchObject({ ok: true, cents: 1234567890123456, exact: null });
      // 16 significant digits beyond safe cents
      const big = read("1234567890123456,78");
      expect(big.cents).toBeNaN();
      expect(big.exact?.toFixed()).toBe("1234567890123456.78");
      expect(read("12 345 678 901 234 567 890,12 €").exact?.toFixed()).toBe("12345678901234567890.12");
      expect(read("-98765432109876543210").exact?.toFixed()).toBe("-98765432109876543210");
      expect(read("0,1234567890123456789").exact?.toFixed()).toBe("0.1234567890123456789");
      // 9007199254740991 cents is the last safe one
      expect(read("90071992547409,91").cents).toBe(9007199254740991);
      expect(read("90071992547409,92").exact?.toFixed()).toBe("90071992547409.92");
    });

    it("flags a single separator followed by exactly 3 digits as ambiguous and follows the locale", () => {
      expect(read("1,234", ",")).toMatchObject({ ok: true, ambiguous: true, cents: NaN });
      expect(read("1,234", ",").exact?.toString()).toBe("1.234");
      expect(read("1.234", ",")).toMatchObject({ ok: true, ambiguous: true, cents: 123400, exact: null });
      expect(read("1,234", ".")).toMatchObject({ ok: true, ambiguous: true, cents: 123400, exact: null });
      expect(read("1.234", ".").exact?.toString()).toBe("1.234");
      expect(read("-12.345 €", ",")).toMatchObject({ ambiguous: true, cents: -1234500, currency: "EUR" });
      expect(read("(123,456)", ".")).toMatchObject({ ambiguous: true, cents: -12345600 });
    });

    it("does not flag as ambiguous what only one reading allows", () => {
      expect(read("0,123", ".")).toMatchObject({ ambiguous: false, cents: NaN }); // 0 thousands is not a number
      expect(read("1234,567", ".")).toMatchObject({ ambiguous: false }); // first group of 4 digits
      expect(read("1 234,567", ".")).toMatchObject({ ambiguous: false }); // spaces are the thousands
      expect(read("1,23", ".")).toMatchObject({ ambiguous: false, cents: 123 });
      expect(read("1,2345", ".")).toMatchObject({ ambiguous: false });
      expect(read("1.234.567", ".")).toMatchObject({ ambiguous: false, cents: 123456700 });
    });

    it("resets the ambiguity flag between rows", () => {
      const out = newAmountOut();
      readAmount("1,234", ",", out);
      expect(out.ambiguous).toBe(true);
      readAmount("1 234", ",", out);
      expect(out.ambiguous).toBe(false);
      readAmount("1.234", ",", out);
      readAmount(" 12 ", ",", out);
      expect(out.ambiguous).toBe(false);
      readAmount("€ 1,234", ".", out);
      readAmount("12,5 €", ".", out);
      expect(out).toMatchObject({ ambiguous: false, cents: 1250, currency: "EUR" });
    });

    it.each([
      "abc",
      "12a",
      "a12",
      "1,2,3.4.5",
      "--5",
      "+-5",
      "-5-",
      "(-5)",
      "-(5)",
      "(5",
      "5)",
      "((5))",
      "1,,2",
      "12,",
      "12.",
      "1 234 ,56",
      "12 5",
      "1 2345",
      "1234 567",
      "1,23,456",
      "12,34.5",
      "1.234,567.89",
      "1 234.567,89",
      "1.234.56",
      "1e5",
      "1E+05",
      "12 M€",
      "12 k€",
      "€ 5 €",
      "5 EUR USD",
      "5 EURO€",
      "€",
      "- -",
      "(-)",
      "-5 -",
      "- € €",
      "()",
      "12:30",
      "5%",
      "#N/A",
      "1 234,56 € HT",
      "0x1F",
      "1/2",
      // A "?" only groups thousands: not a mark, not in a group of other than three digits.
      "12?5",
      "1?23,45",
      "?123",
    ])("rejects %p as unreadable", (text) => {
      const r = read(text);
      expect(r.ok).toBe(false);
      expect(r.error).toBe("unreadable");
      expect(r.cents).toBeNaN();
      expect(r.exact).toBeNull();
    });

    it.each<[string, string]>([
      ["-", ""],
      [" -   € ", "EUR"],
      ["€ -", "EUR"],
      ["- EUR", "EUR"],
      ["\u2212", ""],
    ])("reads %p as 0 (Excel's accounting format writes zero as a dash), currency %p", (text, currency) => {
      expect(read(text)).toMatchObject({ ok: true, cents: 0, exact: null, currency, error: "" });
    });

    it('reads "" as empty, and text of only spaces too (as cells.isBlank does)', () => {
      expect(read("")).toMatchObject({ ok: false, error: "empty" });
      expect(read("   ")).toMatchObject({ ok: false, error: "empty" });
      expect(read("\u00a0\u202f")).toMatchObject({ ok: false, error: "empty" });
    });
  });

  describe("other cells", () => {
    it("gives empty, error_cell, boolean and unreadable codes", () => {
      expect(read(null)).toMatchObject({ ok: false, error: "empty" });
      expect(read(undefined)).toMatchObject({ ok: false, error: "empty" });
      expect(read({ error: "#N/A" })).toMatchObject({ ok: false, error: "error_cell" });
      expect(read({ error: "#VALUE!" })).toMatchObject({ ok: false, error: "error_cell" });
      expect(read(true)).toMatchObject({ ok: false, error: "boolean" });
      expect(read(false)).toMatchObject({ ok: false, error: "boolean" });
      expect(read(new Date(Date.UTC(2025, 0, 1)))).toMatchObject({ ok: false, error: "unreadable" });
    });

    it("clears the previous row's fields", () => {
      const out = newAmountOut();
      readAmount("1 234,5678 €", ",", out);
      expect(out.exact).not.toBeNull();
      readAmount(null, ",", out);
      expect(out).toMatchObject({ cents: NaN, exact: null, currency: "", ambiguous: false, error: "empty" });
      readAmount(12, ",", out);
      expect(out).toMatchObject({ cents: 1200, exact: null, currency: "", ambiguous: false, error: "" });
    });
  });

  describe("fast and general readers agree", () => {
    // Surrounding spaces send a text to the general reader; bare digits and separators take the fast one.
    const chars = ["0", "1", "2", "3", "5", "9", ",", ".", " ", "\u00a0", "\u202f", "'"];
    it("reads s and ' s ' the same for texts of digits and separators", () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 22 }).map((a) => a.join("")),
          fc.constantFrom<DecimalSep>(",", "."),
          (s, sep) => {
            const a = read(s, sep);
            const b = read(` ${s} `, sep);
            expect(b.ok).toBe(a.ok);
            expect(b.error).toBe(a.error);
            if (a.ok) {
              expect(b.ambiguous).toBe(a.ambiguous);
              expect(valueOf(b)).toBe(valueOf(a));
              expect(Number.isNaN(b.cents)).toBe(Number.isNaN(a.cents));
            }
          },
        ),
        { numRuns: 3000 },
      );
    });
  });
});

/** Formats integer cents in one of the styles exports use (thousands, decimal, sign, currency). */
interface Style {
  thousands: string;
  decimal: "," | ".";
  sign: "minus" | "u2212" | "parens" | "trailing";
  currency: "" | " €" | "€" | " EUR" | "EUR " | "€ ";
  plus: boolean;
  omitZeroDecimals: boolean;
}

function formatCents(k: bigint, st: Style): string {
  const neg = k < 0n;
  const abs = neg ? -k : k;
  const int = (abs / 100n).toString();
  const dec = (abs % 100n).toString().padStart(2, "0");
  let g = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) g += st.thousands;
    g += int[i];
  }
  let body = st.omitZeroDecimals && dec === "00" ? g : g + st.decimal + dec;
  const cur = st.currency;
  if (cur === " €" || cur === " EUR") body += cur;
  else if (cur !== "") body = cur + body;
  if (!neg) return st.plus ? "+" + body : body;
  switch (st.sign) {
    case "minus":
      return "-" + body;
    case "u2212":
      return "\u2212" + body;
    case "parens":
      return "(" + body + ")";
    case "trailing":
      return body + "-";
  }
}

const styleArb: fc.Arbitrary<Style> = fc
  .record({
    decimal: fc.constantFrom<"," | ".">(",", "."),
    space: fc.constantFrom("", " ", "\u00a0", "\u202f", "'", "sep"),
    sign: fc.constantFrom<Style["sign"]>("minus", "u2212", "parens", "trailing"),
    currency: fc.constantFrom<Style["currency"]>("", " €", "€", " EUR", "EUR ", "€ "),
    plus: fc.boolean(),
    omitZeroDecimals: fc.boolean(),
  })
  .map(({ decimal, space, ...rest }) => ({
    ...rest,
    decimal,
    thousands: space === "sep" ? (decimal === "," ? "." : ",") : space,
  }));

const centsArb = fc.oneof(
  fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
  fc.bigInt({ min: -100000n, max: 100000n }),
  // whole euros below a million: "1.234" / "12,345" without decimals are the ambiguous texts
  fc.integer({ min: -999999, max: 999999 }).map((e) => BigInt(e) * 100n),
);

describe("property: formatted cents read back", () => {
  it("reads every export style back to the same cents (ambiguous ones with their locale)", () => {
    fc.assert(
      fc.property(centsArb, styleArb, (k, st) => {
        const text = formatCents(k, st);
        const r = read(text, st.decimal);
        expect(r.ok).toBe(true);
        expect(r.cents).toBe(Number(k));
        expect(r.currency).toBe(st.currency === "" ? "" : "EUR");
      }),
      { numRuns: 5000 },
    );
  });

  it("reads formatMoneyFr and formatMoneyEn output back", () => {
    fc.assert(
      fc.property(centsArb, (k) => {
        const d = centsToDecimal(Number(k));
        expect(read(formatMoneyFr(d), ",").cents).toBe(Number(k));
        expect(read(formatMoneyEn(d), ".").cents).toBe(Number(k));
        expect(read(formatMoneyFr(d, "CHF"), ".")).toMatchObject({ cents: Number(k), currency: "CHF" });
        expect(read(toDecimalString(d), ".").cents).toBe(Number(k));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads texts with 3 to 6 decimals back exactly", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
        fc.integer({ min: 3, max: 6 }),
        (m, scale) => {
          const expected = new Decimal(m.toString()).div(new Decimal(10).pow(scale));
          const text = expected.toFixed(scale).replace(".", ",");
          const r = read(text, ",");
          expect(r.ok).toBe(true);
          expect(valueOf(r)).toBe(toDecimalString(expected));
        },
      ),
    );
  });
});

describe("numberToCents", () => {
  it("gives exact cents of k/100 for integers k in ±1e13", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), (k) => {
        expect(numberToCents(Number(k) / 100)).toBe(Number(k));
      }),
      { numRuns: 10000 },
    );
  });

  it("takes numbers as Excel shows them (15 significant digits)", () => {
    expect(numberToCents(0.1 + 0.2)).toBe(30);
    expect(numberToCents(0.7 * 3)).toBe(210);
    expect(numberToCents(1234.56 * 3)).toBe(370368);
    expect(numberToCents(12345678901234)).toBe(1234567890123400);
    expect(numberToCents(1.005)).toBeNaN();
    expect(numberToCents(0.125)).toBeNaN();
    expect(numberToCents(1e-7)).toBeNaN();
    expect(numberToCents(1e21)).toBeNaN();
    expect(numberToCents(NaN)).toBeNaN();
    expect(numberToCents(Infinity)).toBeNaN();
    expect(Object.is(numberToCents(-0), 0)).toBe(true);
  });

  it("reads float sums of a few positive cents amounts (SUM results) as their exact cents", () => {
    // No cancellation: 1000.01 - 1000 really is 0.00999999999999091 as Excel shows it.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e8 }), { minLength: 1, maxLength: 5 }), (cs) => {
        const x = cs.reduce((s, c) => s + c / 100, 0); // a float sum, like a SUM() formula result
        const exact = cs.reduce((s, c) => s + c, 0);
        expect(numberToCents(x)).toBe(exact);
      }),
    );
  });
});

describe("numberToDecimal", () => {
  it.each<[number, string]>([
    [0.1 + 0.2, "0.3"],
    [12.3456, "12.3456"],
    [1234.56, "1234.56"],
    [-0.001, "-0.001"],
    [1 / 3, "0.333333333333333"],
    [Number("123456789012345678"), "123456789012346000"],
    [1e-7, "1e-7"],
    [0, "0"],
  ])("reads %p as %s", (x, s) => {
    expect(numberToDecimal(x).toString()).toBe(s);
  });

  it("gives a NaN Decimal for NaN", () => {
    expect(numberToDecimal(NaN).isNaN()).toBe(true);
  });

  it("round-trips numbers that have at most 15 significant digits", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n - 1n), max: 10n ** 15n - 1n }),
        fc.integer({ min: 0, max: 8 }),
        (m, scale) => {
          const d = new Decimal(m.toString()).div(new Decimal(10).pow(scale));
          expect(numberToDecimal(d.toNumber()).eq(d)).toBe(true);
        },
      ),
    );
  });
});

describe("toDecimalString", () => {
  it.each<[string, string]>([
    ["3850000", "3850000.00"],
    ["-150000", "-150000.00"],
    ["0.5", "0.50"],
    ["1234.5678", "1234.5678"],
    ["-0", "0.00"],
    ["0", "0.00"],
    ["1e25", "10000000000000000000000000.00"],
    ["1e-7", "0.0000001"],
    ["12345678901234567890.12", "12345678901234567890.12"],
  ])("writes %s as %s", (v, s) => {
    expect(toDecimalString(new Decimal(v))).toBe(s);
  });
});

describe("formatMoneyFr / formatMoneyEn", () => {
  it.each<[string, string | undefined, string, string]>([
    ["3850000", undefined, "3 850 000,00 €", "€3,850,000.00"],
    ["-150000", undefined, "-150 000,00 €", "-€150,000.00"],
    ["0", undefined, "0,00 €", "€0.00"],
    ["-0", undefined, "0,00 €", "€0.00"],
    ["999.5", "EUR", "999,50 €", "€999.50"],
    ["1000", "EUR", "1 000,00 €", "€1,000.00"],
    ["1234.5678", "EUR", "1 234,5678 €", "€1,234.5678"],
    ["1234.5", "USD", "1 234,50 $", "$1,234.50"],
    ["-1234.5", "CHF", "-1 234,50 CHF", "-CHF 1,234.50"],
    ["1234.5", "", "1 234,50", "1,234.50"],
  ])("writes %s %s", (v, currency, fr, en) => {
    expect(formatMoneyFr(new Decimal(v), currency)).toBe(fr);
    expect(formatMoneyEn(new Decimal(v), currency)).toBe(en);
  });
});

describe("centsToDecimal", () => {
  it("is exact for safe integers", () => {
    expect(centsToDecimal(123456).toString()).toBe("1234.56");
    expect(centsToDecimal(-5).toString()).toBe("-0.05");
    expect(centsToDecimal(0).isZero()).toBe(true);
    expect(centsToDecimal(Number.MAX_SAFE_INTEGER).toFixed()).toBe("90071992547409.91");
    fc.assert(
      fc.property(fc.maxSafeInteger(), (k) => {
        expect(centsToDecimal(k).times(100).toFixed()).toBe(String(k));
      }),
    );
  });

  it("refuses non-integer cents", () => {
    expect(() => centsToDecimal(1.5)).toThrow(RangeError);
    expect(() => centsToDecimal(NaN)).toThrow(RangeError);
  });
});

describe("precision of sums", () => {
  it("keeps every digit of large totals (decimal.js alone would round to 20 significant digits)", () => {
    const a = numberToDecimal(0.01);
    const big = new Decimal("1234567890123456789.12");
    expect(big.plus(a).toString()).toBe("1234567890123456789.13");
    expect(new Decimal("12345678901234567.1234").plus("0.0001").toString()).toBe("12345678901234567.1235");
    expect(new Decimal("1e21").plus("1234.565").toFixed(3)).toBe("1000000000000000001234.565");
  });
});
