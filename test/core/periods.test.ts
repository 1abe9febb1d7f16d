import fc from "fast-check";
import {
  PeriodError,
  addMonths,
  fiscalMonths,
  fiscalYearOf,
  monthKey,
  monthName,
  parsePeriod,
  parsePeriodLabel,
  periodLabel,
  quarterRange,
} from "../../src/core/periods";
import { EngineError } from "../../src/core/errors";
import { ymdToSerial } from "../../src/core/dates";
import type { CellValue } from "../../src/core/types";

const keyArb = fc
  .record({ y: fc.integer({ min: 1900, max: 9998 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => monthKey(y, m));

describe("monthKey / addMonths", () => {
  it("builds yyyymm keys", () => {
    expect(monthKey(2025, 1)).toBe(202501);
    expect(monthKey(1999, 12)).toBe(199912);
  });

  it.each([
    [202501, -1, 202412],
    [202501, 1, 202502],
    [202512, 1, 202601],
    [202501, -12, 202401],
    [202501, 0, 202501],
    [202503, -27, 202212],
    [202501, 120, 203501],
  ])("addMonths(%p, %p) = %p", (key, n, expected) => {
    expect(addMonths(key, n)).toBe(expected);
  });

  it("agrees with Date.UTC month arithmetic and inverts itself", () => {
    fc.assert(
      fc.property(keyArb, fc.integer({ min: -600, max: 600 }), (key, n) => {
        const y = Math.floor(key / 100);
        const t = new Date(Date.UTC(y, (key % 100) - 1 + n, 1));
        expect(addMonths(key, n)).toBe(t.getUTCFullYear() * 100 + t.getUTCMonth() + 1);
        expect(addMonths(addMonths(key, n), -n)).toBe(key);
      }),
    );
  });
});

describe("periodLabel / parsePeriodLabel", () => {
  it("writes and reads yyyy-mm", () => {
    expect(periodLabel(202501)).toBe("2025-01");
    expect(periodLabel(202512)).toBe("2025-12");
    expect(parsePeriodLabel("2025-01")).toBe(202501);
    expect(parsePeriodLabel(" 2025-12 ")).toBe(202512);
  });

  it.each(["2025-13", "2025-00", "2025-1", "25-01", "2025/01", "janv. 2025", "", "2025-01-01"])(
    "rejects %p",
    (s) => {
      expect(parsePeriodLabel(s)).toBe(-1);
    },
  );

  it("round-trips every key", () => {
    fc.assert(fc.property(keyArb, (key) => expect(parsePeriodLabel(periodLabel(key))).toBe(key)));
  });
});

describe("fiscal years", () => {
  it("labels a fiscal year by the calendar year it starts in", () => {
    expect(fiscalYearOf(202503, 1)).toBe(2025);
    expect(fiscalYearOf(202503, 7)).toBe(2024);
    expect(fiscalYearOf(202507, 7)).toBe(2025);
    expect(fiscalYearOf(202506, 7)).toBe(2024);
    expect(fiscalYearOf(202512, 12)).toBe(2025);
    expect(fiscalYearOf(202511, 12)).toBe(2024);
  });

  it("lists the 12 months of a fiscal year", () => {
    expect(fiscalMonths(2025, 1)).toEqual([
      202501, 202502, 202503, 202504, 202505, 202506, 202507, 202508, 202509, 202510, 202511, 202512,
    ]);
    expect(fiscalMonths(2025, 7)).toEqual([
      202507, 202508, 202509, 202510, 202511, 202512, 202601, 202602, 202603, 202604, 202605, 202606,
    ]);
  });

  it("puts every month of fiscalMonths(y) in fiscal year y", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9000 }), fc.integer({ min: 1, max: 12 }), (y, start) => {
        const months = fiscalMonths(y, start);
        expect(new Set(months).size).toBe(12);
        for (const k of months) expect(fiscalYearOf(k, start)).toBe(y);
      }),
    );
  });
});

describe("quarterRange", () => {
  it.each<[string, [number, number]]>([
    ["2025-Q1", [202501, 202503]],
    ["2025-Q2", [202504, 202506]],
    ["2025-Q3", [202507, 202509]],
    ["2025-Q4", [202510, 202512]],
    ["2025-T4", [202510, 202512]],
    ["T1 2025", [202501, 202503]],
    ["Q1 2025", [202501, 202503]],
    ["q2-2025", [202504, 202506]],
    ["2025Q3", [202507, 202509]],
  ])("%s → %p", (q, range) => {
    expect(quarterRange(q)).toEqual(range);
  });

  it.each(["2025-Q5", "2025-Q0", "Q1", "2025", "2025-01"])("throws PeriodError on %p", (q) => {
    expect(() => quarterRange(q)).toThrow(PeriodError);
  });
});

describe("monthName", () => {
  it("writes Excel's mmm yyyy labels", () => {
    expect(monthName(202501, "fr")).toBe("janv. 2025");
    expect(monthName(202502, "fr")).toBe("févr. 2025");
    expect(monthName(202508, "fr")).toBe("août 2025");
    expect(monthName(202512, "fr")).toBe("déc. 2025");
    expect(monthName(202501, "en")).toBe("Jan 2025");
    expect(monthName(202509, "en")).toBe("Sep 2025");
  });

  it("writes labels that parsePeriod reads back", () => {
    fc.assert(
      fc.property(keyArb, fc.constantFrom<"fr" | "en">("fr", "en"), (key, lang) => {
        expect(parsePeriod(monthName(key, lang))).toEqual({ from: key, to: key, label: periodLabel(key) });
      }),
    );
  });
});

describe("parsePeriod", () => {
  it("gives null (all periods) for nothing", () => {
    expect(parsePeriod(null)).toBeNull();
    expect(parsePeriod(undefined)).toBeNull();
    expect(parsePeriod("")).toBeNull();
    expect(parsePeriod("  ")).toBeNull();
  });

  it.each<[CellValue, number, string]>([
    ["2025-01", 202501, "2025-01"],
    ["01/2025", 202501, "2025-01"],
    ["1/2025", 202501, "2025-01"],
    ["janv. 2025", 202501, "2025-01"],
    ["Janvier 2025", 202501, "2025-01"],
    ["Jan 2025", 202501, "2025-01"],
    ["févr. 2025", 202502, "2025-02"],
    ["2025-01-31", 202501, "2025-01"],
    ["31/01/2025", 202501, "2025-01"],
    ["01/01/2025", 202501, "2025-01"],
    ["202501", 202501, "2025-01"],
    [202501, 202501, "2025-01"],
    [45688, 202501, "2025-01"],
    ["45688", 202501, "2025-01"],
    [new Date(Date.UTC(2025, 0, 15)), 202501, "2025-01"],
  ])("reads month %p", (v, key, label) => {
    expect(parsePeriod(v)).toEqual({ from: key, to: key, label });
  });

  it("reads a serial in the workbook's date system", () => {
    expect(parsePeriod(ymdToSerial(2025, 1, 31, true), 1, true)).toEqual({
      from: 202501,
      to: 202501,
      label: "2025-01",
    });
  });

  it.each<[string, number, number, string]>([
    ["2025-Q1", 202501, 202503, "2025-Q1"],
    ["T1 2025", 202501, 202503, "2025-Q1"],
    ["Q4 2025", 202510, 202512, "2025-Q4"],
    ["2025-T2", 202504, 202506, "2025-Q2"],
  ])("reads quarter %p (calendar)", (v, from, to, label) => {
    expect(parsePeriod(v)).toEqual({ from, to, label });
    expect(parsePeriod(v, 7)).toEqual({ from, to, label });
  });

  it("reads a year as the calendar year, or the fiscal year starting in it", () => {
    expect(parsePeriod("2025")).toEqual({ from: 202501, to: 202512, label: "2025" });
    expect(parsePeriod(2025)).toEqual({ from: 202501, to: 202512, label: "2025" });
    expect(parsePeriod(2025, 7)).toEqual({ from: 202507, to: 202606, label: "2025-07..2026-06" });
    expect(parsePeriod(" 2025 ", 4)).toEqual({ from: 202504, to: 202603, label: "2025-04..2026-03" });
  });

  it("throws PeriodError with French and English messages on unreadable text", () => {
    for (const v of ["abc", "2025-13", "13/2025", "Q5 2025", "0999", "31/02/2025", "janvier"]) {
      let err: unknown;
      try {
        parsePeriod(v);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PeriodError);
      expect(err).toBeInstanceOf(EngineError);
      const pe = err as PeriodError;
      expect(pe.code).toBe("bad_period");
      expect(pe.fr).toContain(`« ${v} »`);
      expect(pe.en).toContain(`"${v}"`);
    }
  });

  it("throws on a full date whose month depends on the day/month order", () => {
    expect(() => parsePeriod("05/01/2025")).toThrow(PeriodError);
    try {
      parsePeriod("05/01/2025");
    } catch (e) {
      expect((e as PeriodError).en).toContain("ambiguous");
    }
  });

  it("throws on cells that are no period", () => {
    expect(() => parsePeriod(true)).toThrow(PeriodError);
    expect(() => parsePeriod({ error: "#N/A" })).toThrow(PeriodError);
    expect(() => parsePeriod(0)).toThrow(PeriodError);
    expect(() => parsePeriod(-5)).toThrow(PeriodError);
    expect(() => parsePeriod(NaN)).toThrow(PeriodError);
    expect(() => parsePeriod(new Date("invalid"))).toThrow(PeriodError);
  });
});
