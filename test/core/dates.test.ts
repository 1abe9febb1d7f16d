import fc from "fast-check";
import {
  MONTH_NAMES,
  type DateOrder,
  daysInMonth,
  detectDateOrder,
  lastYearTwoDigit,
  YYYYMM_END,
  YYYYMM_MIN,
  readDate,
  readMonth,
  serialToYmd,
  ymdToSerial,
} from "../../src/core/dates";
import type { CellValue } from "../../src/core/types";

const DAY_MS = 86400000;

/** Reference {y,m,d} of a serial from Date.UTC arithmetic (1900 system without serial 60). */
function refYmd(serial: number, date1904: boolean): { y: number; m: number; d: number } {
  const base = date1904
    ? Date.UTC(1904, 0, 1)
    : serial < 60
      ? Date.UTC(1899, 11, 31)
      : Date.UTC(1899, 11, 30);
  const t = new Date(base + serial * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** A random calendar date between 1900-03-01 and 9999-12-31 as {y,m,d}. */
const dateArb = fc
  .integer({ min: Date.UTC(1900, 2, 1) / DAY_MS, max: Date.UTC(9999, 11, 31) / DAY_MS })
  .map((days) => {
    const t = new Date(days * DAY_MS);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  });

describe("serialToYmd / ymdToSerial", () => {
  it("places the 1900 system's landmarks, fictitious 29 Feb 1900 included", () => {
    expect(serialToYmd(1, false)).toEqual({ y: 1900, m: 1, d: 1 });
    expect(serialToYmd(59, false)).toEqual({ y: 1900, m: 2, d: 28 });
    expect(serialToYmd(60, false)).toEqual({ y: 1900, m: 2, d: 29 });
    expect(serialToYmd(61, false)).toEqual({ y: 1900, m: 3, d: 1 });
    expect(serialToYmd(45658, false)).toEqual({ y: 2025, m: 1, d: 1 });
    expect(serialToYmd(2958465, false)).toEqual({ y: 9999, m: 12, d: 31 });
    expect(ymdToSerial(1900, 1, 1, false)).toBe(1);
    expect(ymdToSerial(1900, 2, 28, false)).toBe(59);
    expect(ymdToSerial(1900, 2, 29, false)).toBe(60);
    expect(ymdToSerial(1900, 3, 1, false)).toBe(61);
    expect(ymdToSerial(2025, 1, 1, false)).toBe(45658);
  });

  it("places the 1904 system's landmarks (0 = 1904-01-01, 1462 days after the 1900 system)", () => {
    expect(serialToYmd(0, true)).toEqual({ y: 1904, m: 1, d: 1 });
    expect(serialToYmd(45658 - 1462, true)).toEqual({ y: 2025, m: 1, d: 1 });
    expect(ymdToSerial(1904, 1, 1, true)).toBe(0);
    expect(ymdToSerial(2025, 1, 1, true)).toBe(45658 - 1462);
  });

  it("ignores the time fraction", () => {
    expect(serialToYmd(45658.99, false)).toEqual({ y: 2025, m: 1, d: 1 });
    expect(serialToYmd(45658.5, true)).toEqual(serialToYmd(45658, true));
  });

  it("rolls over out-of-range days arithmetically", () => {
    expect(ymdToSerial(2025, 1, 32, false)).toBe(ymdToSerial(2025, 2, 1, false));
  });

  it.each([false, true])("round-trips every serial against a Date.UTC reference (1904: %p)", (date1904) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        const ymd = serialToYmd(serial, date1904);
        if (date1904 || serial !== 60) expect(ymd).toEqual(refYmd(serial, date1904));
        expect(ymdToSerial(ymd.y, ymd.m, ymd.d, date1904)).toBe(serial);
      }),
      { numRuns: 5000 },
    );
  });

  it("round-trips every serial around the 1900 leap-year bug", () => {
    for (let s = 1; s <= 120; s++) {
      const ymd = serialToYmd(s, false);
      expect(ymdToSerial(ymd.y, ymd.m, ymd.d, false)).toBe(s);
      if (s !== 60) expect(ymd).toEqual(refYmd(s, false));
    }
  });
});

describe("readMonth", () => {
  describe("numbers and dates", () => {
    it("reads serials in both systems", () => {
      expect(readMonth(45658, "dmy", false)).toBe(202501);
      expect(readMonth(45688.75, "dmy", false)).toBe(202501); // 2025-01-31 18:00
      expect(readMonth(45658 - 1462, "dmy", true)).toBe(202501);
      expect(readMonth(1, "dmy", false)).toBe(190001);
      expect(readMonth(60, "dmy", false)).toBe(190002); // fictitious 1900-02-29 is in February
      expect(readMonth(61, "dmy", false)).toBe(190003);
      expect(readMonth(2958465, "dmy", false)).toBe(999912);
    });

    it("rejects serials out of Excel's range", () => {
      for (const x of [0, 0.5, -1, 2958466, NaN, Infinity]) expect(readMonth(x, "dmy", false)).toBe(-1);
      expect(readMonth(0, "dmy", true)).toBe(-1);
      expect(readMonth(2958465, "dmy", true)).toBe(-1); // past 9999-12-31 in the 1904 system
    });

    it("reads JS dates by their UTC fields", () => {
      expect(readMonth(new Date(Date.UTC(2025, 0, 31)), "dmy", false)).toBe(202501);
      expect(readMonth(new Date(Date.UTC(2025, 0, 31, 23, 59)), "mdy", true)).toBe(202501);
      expect(readMonth(new Date("invalid"), "dmy", false)).toBe(-1);
    });

    it("rejects other cells", () => {
      const cells: CellValue[] = [null, undefined, "", "   ", true, false, { error: "#N/A" }];
      for (const v of cells) expect(readMonth(v, "dmy", false)).toBe(-1);
    });
  });

  describe("texts", () => {
    it.each<[string, number, number]>([
      // [text, dmy, mdy]
      ["31/01/2025", 202501, -1],
      ["01/31/2025", -1, 202501],
      ["05/01/2025", 202501, 202505],
      ["5/1/2025", 202501, 202505],
      ["05-01-2025", 202501, 202505],
      ["05.01.2025", 202501, 202505],
      ["05/01/25", 202501, 202505],
      // Two-digit years as Excel (SPEC 2.2): 00–29 → 2000–2029, 30–99 → 1930–1999.
      ["05/01/29", 202901, 202905],
      ["05/01/30", 193001, 193005],
      ["05/01/49", 194901, 194905],
      ["05/01/99", 199901, 199905],
      ["2025-01-31", 202501, 202501],
      ["2025/01/31", 202501, 202501],
      ["2025.1.5", 202501, 202501],
      ["20250131", 202501, 202501],
      ["2025-01-31T10:00:00", 202501, 202501],
      // A time with its zone's name (Amazon.fr, Amazon US, PayPal): the date as written.
      ["5 janv. 2025 10:12:01 UTC", 202501, 202501],
      ["Jan 5, 2025 1:02:03 AM PST", 202501, 202501],
      ["31/01/2025 23:59 GMT+1", 202501, -1],
      ["31/01/2025 10:00 XYZ", -1, -1],
      ["2025-01-31T23:30:00Z", 202501, 202501],
      ["2025-01-31T23:30:00.123+05:30", 202501, 202501],
      ["2025-01-31 23:30:00-0500", 202501, 202501],
      ["01/12/2010 08:26", 201012, 201001],
      ["01/12/2010 08:26:13", 201012, 201001],
      ["1/12/2010 8:26 PM", 201012, 201001],
      ["31/12/2024 23:59:59,5", 202412, -1],
      ["janv. 2025", 202501, 202501],
      ["janvier 2025", 202501, 202501],
      ["Janvier 2025", 202501, 202501],
      ["JANV. 2025", 202501, 202501],
      ["févr. 2025", 202502, 202502],
      ["fevrier 2025", 202502, 202502],
      ["FÉVRIER 2025", 202502, 202502],
      ["Fe\u0301vrier 2025", 202502, 202502], // decomposed accent (NFD)
      ["mars 2025", 202503, 202503],
      ["avr. 2025", 202504, 202504],
      ["mai 2025", 202505, 202505],
      ["juin 2025", 202506, 202506],
      ["juil. 2025", 202507, 202507],
      ["juillet 2025", 202507, 202507],
      ["août 2025", 202508, 202508],
      ["aout 2025", 202508, 202508],
      ["sept. 2025", 202509, 202509],
      ["oct. 2025", 202510, 202510],
      ["nov. 2025", 202511, 202511],
      ["déc. 2025", 202512, 202512],
      ["décembre 2025", 202512, 202512],
      ["Jan 2025", 202501, 202501],
      ["January 2025", 202501, 202501],
      ["Sep 2025", 202509, 202509],
      ["Sept 2025", 202509, 202509],
      ["Dec 2025", 202512, 202512],
      ["Jan-25", 202501, 202501],
      ["janv.-25", 202501, 202501],
      ["janv.2025", 202501, 202501],
      ["31 janv. 2025", 202501, 202501],
      ["31-Jan-2025", 202501, 202501],
      ["1 août 2025 10:00", 202508, 202508],
      ["01/2025", 202501, 202501],
      ["1/2025", 202501, 202501],
      ["12/2025", 202512, 202512],
      ["2025-01", 202501, 202501],
      ["2025/1", 202501, 202501],
      ["45658", 202501, 202501],
      ["  31/01/2025  ", 202501, -1],
      ["\u00a02025-01-31\u00a0", 202501, 202501],
    ])("reads %p (dmy %p, mdy %p)", (text, dmy, mdy) => {
      expect(readMonth(text, "dmy", false)).toBe(dmy);
      expect(readMonth(text, "mdy", false)).toBe(mdy);
    });

    it.each([
      "31/02/2025",
      "29/02/2023",
      "31/04/2025",
      "00/01/2025",
      "13/13/2025",
      "2025-13-01",
      "2025-02-30",
      "20250231",
      "2025-13",
      "13/2025",
      "0001-01-01",
      "00000000",
      "01/01/0001",
      "12/05",
      "0",
      "abc",
      "juin",
      "juin 20251",
      "ju 2025",
      "Total janvier 2025",
      "janvier 2025 total",
      "01/02-2025",
      "2025-01-31X",
      "2025-01-31T25",
      "2025-01-31 10h30",
      "01/02/2025/03",
      "1/2/345",
      "123456789",
      "3000000",
    ])("rejects %p", (text) => {
      expect(readMonth(text, "dmy", false)).toBe(-1);
      expect(readMonth(text, "mdy", false)).toBe(-1);
    });

    it("validates 29 February by leap year", () => {
      expect(readMonth("29/02/2024", "dmy", false)).toBe(202402);
      expect(readMonth("02/29/2000", "mdy", false)).toBe(200002);
      expect(readMonth("29/02/1900", "dmy", false)).toBe(-1);
      expect(readMonth("2100-02-29", "dmy", false)).toBe(-1);
    });

    it("reads a digit-only text as a serial in the workbook's system", () => {
      expect(readMonth("45658", "dmy", true)).toBe(readMonth(45658, "dmy", true));
      expect(readMonth("60", "dmy", false)).toBe(190002);
      expect(readMonth("2025", "dmy", false)).toBe(190507); // a year alone is no date: serial 2025 = 1905-07-17
    });

    it("reads dd/mm/yyyy and mm/dd/yyyy texts of random dates", () => {
      fc.assert(
        fc.property(
          dateArb,
          fc.constantFrom("/", "-", "."),
          fc.boolean(),
          fc.constantFrom("", " 08:26", " 8:26:13", "T10:00:00"),
          ({ y, m, d }, sep, padded, time) => {
            const dd = padded ? pad2(d) : String(d);
            const mm = padded ? pad2(m) : String(m);
            const key = y * 100 + m;
            expect(readMonth(`${dd}${sep}${mm}${sep}${y}${time}`, "dmy", false)).toBe(key);
            expect(readMonth(`${mm}${sep}${dd}${sep}${y}${time}`, "mdy", false)).toBe(key);
            expect(readMonth(`${y}${sep}${mm}${sep}${dd}${time}`, "mdy", false)).toBe(key);
            expect(readMonth(`${y}${pad2(m)}${pad2(d)}`, "dmy", false)).toBe(key);
            expect(readDate(`${dd}${sep}${mm}${sep}${y}`, "dmy", false)).toEqual({ y, m, d });
          },
        ),
        { numRuns: 3000 },
      );
    });

    it("reads month labels of every month in both languages", () => {
      fc.assert(
        fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
          const n = MONTH_NAMES[m - 1];
          for (const label of [n.fr, n.en, n.frLong, n.enLong, n.fr.toUpperCase(), ...n.aliases]) {
            expect(readMonth(`${label} ${y}`, "dmy", false)).toBe(y * 100 + m);
          }
        }),
        { numRuns: 200 },
      );
    });

    it("agrees with the serial of the same day", () => {
      fc.assert(
        fc.property(dateArb, fc.boolean(), ({ y, m, d }, date1904) => {
          const serial = ymdToSerial(y, m, d, date1904);
          fc.pre(serial >= 1); // the 1904 system starts in 1904
          // Numbers 198001–209912 that are a yyyymm period are read so (serials of the years 2442–2475).
          fc.pre(serial < YYYYMM_MIN || serial >= YYYYMM_END || serial % 100 < 1 || serial % 100 > 12);
          expect(readMonth(serial, "dmy", date1904)).toBe(
            readMonth(`${y}-${pad2(m)}-${pad2(d)}`, "dmy", date1904),
          );
        }),
      );
    });
  });
});

describe("readMonth on a FEC date saved as a number by Excel", () => {
  it("reads 20250131 as yyyymmdd (past the last serial), never a ddmmyyyy number or an invalid day", () => {
    expect(readMonth(20250131, "dmy", false)).toBe(202501);
    expect(readMonth(19991231, "mdy", false)).toBe(199912);
    // Past the last serial but no yyyymmdd date: not a date (a ddmmyyyy number lost its leading zero).
    expect(readMonth(15012025, "dmy", false)).toBe(-1);
    expect(readMonth(20250231, "dmy", false)).toBe(-1);
    expect(readMonth(20250131.5, "dmy", false)).toBe(-1);
    // The last serial (9999-12-31) is still a serial.
    expect(readMonth(2958465, "dmy", false)).toBe(999912);
  });
});

describe("readDate", () => {
  it("gives full dates, day 1 for month labels, null for non-dates", () => {
    expect(readDate("2025-01-31", "dmy", false)).toEqual({ y: 2025, m: 1, d: 31 });
    expect(readDate("02/03/2025", "mdy", false)).toEqual({ y: 2025, m: 2, d: 3 });
    expect(readDate("janv. 2025", "dmy", false)).toEqual({ y: 2025, m: 1, d: 1 });
    expect(readDate("31 déc. 2024", "dmy", false)).toEqual({ y: 2024, m: 12, d: 31 });
    expect(readDate(45688, "dmy", false)).toEqual({ y: 2025, m: 1, d: 31 });
    expect(readDate(60, "dmy", false)).toEqual({ y: 1900, m: 2, d: 29 });
    expect(readDate(new Date(Date.UTC(2024, 1, 29)), "dmy", false)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(readDate("31/02/2025", "dmy", false)).toBeNull();
    // Digits only: yyyymmdd, else ddmmyyyy / mmddyyyy; six digits are ddmmyy / mmddyy, never a serial.
    expect(readDate("20250115", "dmy", false)).toEqual({ y: 2025, m: 1, d: 15 });
    expect(readDate("15012025", "dmy", false)).toEqual({ y: 2025, m: 1, d: 15 });
    expect(readDate("20122025", "dmy", false)).toEqual({ y: 2025, m: 12, d: 20 });
    expect(readDate("01152025", "mdy", false)).toEqual({ y: 2025, m: 1, d: 15 });
    expect(readDate("150125", "dmy", false)).toEqual({ y: 2025, m: 1, d: 15 });
    expect(readDate("030225", "dmy", false)).toEqual({ y: 2025, m: 2, d: 3 });
    expect(readDate("011525", "mdy", false)).toEqual({ y: 2025, m: 1, d: 15 });
    expect(readDate("311299", "dmy", false)).toEqual({ y: 1999, m: 12, d: 31 });
    expect(readDate("150125", "mdy", false)).toBeNull();
    expect(readDate("45688", "dmy", false)).toEqual({ y: 2025, m: 1, d: 31 });
    expect(readDate({ error: "#N/A" }, "dmy", false)).toBeNull();
    expect(readDate(null, "dmy", false)).toBeNull();
  });

  it("reads a yyyymm period (ERP exports: '202501', or 202501 saved as a number) where no ddmmyy date reads", () => {
    for (const order of ["dmy", "mdy"] as const) {
      expect(readDate("202501", order, false)).toEqual({ y: 2025, m: 1, d: 1 });
      expect(readMonth(202512, order, false)).toBe(202512);
      expect(readMonth("201301", order, false)).toBe(201301);
      expect(readMonth("199907", order, false)).toBe(199907);
      expect(readMonth(199907, order, false)).toBe(199907);
    }
    // Month 00 or 13 is no period; a ddmmyy date keeps its reading ("200112" is 20/01/2012).
    expect(readDate("202513", "dmy", false)).toBeNull();
    // A number that is no period stays a serial (the year 2454: date_implausible says it), as do
    // numbers below 198001 (194901 is a day of 2433, as 1949-01 it would be no sales date either).
    expect(readDate(202500, "dmy", false)?.y).toBe(2454);
    expect(readDate(194901, "dmy", false)?.y).toBe(2433);
    expect(readDate("200112", "dmy", false)).toEqual({ y: 2012, m: 1, d: 20 });
    // Not a two-digit year: no diagnostic for it.
    readMonth("202501", "dmy", false);
    expect(lastYearTwoDigit()).toBe(false);
  });

  it("reads the periods of packs and ERPs as months: SAP's '001.2025' and '2025.001', OneStream's '2025M1'", () => {
    for (const order of ["dmy", "mdy"] as const) {
      expect(readMonth("001.2025", order, false)).toBe(202501);
      expect(readMonth("012.2024", order, false)).toBe(202412);
      expect(readMonth("2025.003", order, false)).toBe(202503);
      expect(readMonth("2025M1", order, false)).toBe(202501);
      expect(readMonth("2025M12", order, false)).toBe(202512);
      expect(readMonth("2025m03", order, false)).toBe(202503);
    }
    // SAP's special periods 013–016 and period 000 are no month; nor is month 13 or a longer run.
    for (const v of ["013.2025", "000.2025", "2025.016", "2025M13", "2025M0", "2025M123", "2025.0001"])
      expect([v, readMonth(v, "dmy", false)]).toEqual([v, -1]);
    // A day of a date written with dots keeps its reading.
    expect(readMonth("01.02.2025", "dmy", false)).toBe(202502);
  });

  it("reads an Excel serial with its time written as text in a CSV ('45657.979')", () => {
    expect(readDate("45657.979", "dmy", false)).toEqual({ y: 2024, m: 12, d: 31 });
    expect(readDate("45658,5", "mdy", false)).toEqual({ y: 2025, m: 1, d: 1 });
    expect(readDate("45657.", "dmy", false)).toBeNull();
    expect(readDate("45657.9x", "dmy", false)).toBeNull();
  });

  it("reads US dates with the month named first, in either order setting (the name decides)", () => {
    for (const order of ["dmy", "mdy"] as const) {
      expect(readDate("Jan 5, 2025", order, false)).toEqual({ y: 2025, m: 1, d: 5 });
      expect(readDate("January 6, 2025", order, false)).toEqual({ y: 2025, m: 1, d: 6 });
      expect(readDate("Mar 7, 2025 10:15 AM", order, false)).toEqual({ y: 2025, m: 3, d: 7 });
      expect(readDate("Feb 28 2025", order, false)).toEqual({ y: 2025, m: 2, d: 28 });
    }
    expect(readDate("Feb 29, 2025", "dmy", false)).toBeNull();
    expect(readDate("Jan 5", "dmy", false)).toBeNull();
    // A month label stays one: "Jan-25" is January 2025.
    expect(readDate("Jan-25", "dmy", false)).toEqual({ y: 2025, m: 1, d: 1 });
  });
});

describe("detectDateOrder", () => {
  it("proves dmy from a first part above 12", () => {
    expect(detectDateOrder(["01/02/2025", "13/02/2025", "05/06/2025"], "en")).toEqual({
      order: "dmy",
      decidedBy: "data",
    });
  });

  it("proves mdy from a second part above 12", () => {
    expect(detectDateOrder(["01/02/2025", "02/28/2025 10:00"], "fr")).toEqual({
      order: "mdy",
      decidedBy: "data",
    });
  });

  it("reports a conflict with the first example of each order", () => {
    const values: CellValue[] = ["01/02/2025", "02/28/2025", "13/01/2025", "14/01/2025", "01/30/2025"];
    const r = detectDateOrder(values, "fr");
    expect(r.conflict).toEqual([2, 1]);
    expect(r.decidedBy).toBe("data");
    expect(detectDateOrder(["13/01/2025", "01/13/2025"], "en").conflict).toEqual([0, 1]);
  });

  it("falls back to the locale when the data cannot tell", () => {
    const values: CellValue[] = [
      "01/02/2025",
      "12/12/2025",
      45658,
      "2025-01-31",
      "janv. 2025",
      null,
      "31/02/2025 ",
    ];
    expect(detectDateOrder(values, "fr")).toEqual({ order: "dmy", decidedBy: "locale" });
    expect(detectDateOrder(values, "en")).toEqual({ order: "mdy", decidedBy: "locale" });
    expect(detectDateOrder([], "fr")).toEqual({ order: "dmy", decidedBy: "locale" });
  });

  it("does not count dates that are invalid in the order they would prove", () => {
    // 31/02 is no date in either order; 13/13 neither.
    expect(detectDateOrder(["31/02/2025", "13/13/2025", "32/01/2025"], "en")).toEqual({
      order: "mdy",
      decidedBy: "locale",
    });
  });

  it("makes readMonth read every generated column right", () => {
    fc.assert(
      fc.property(
        fc.array(dateArb, { minLength: 1, maxLength: 30 }),
        fc.constantFrom<DateOrder>("dmy", "mdy"),
        (dates, order) => {
          const texts = dates.map(({ y, m, d }) =>
            order === "dmy" ? `${pad2(d)}/${pad2(m)}/${y}` : `${pad2(m)}/${pad2(d)}/${y}`,
          );
          const r = detectDateOrder(texts, order === "dmy" ? "en" : "fr");
          expect(r.conflict).toBeUndefined();
          const proven = dates.some(({ d }) => d > 12);
          expect(r.decidedBy).toBe(proven ? "data" : "locale");
          if (proven) expect(r.order).toBe(order);
          texts.forEach((t, i) => {
            const { y, m, d } = dates[i];
            // Without proof the locale decides; the reading is then right only when day and month agree.
            if (r.order === order || d === m) expect(readMonth(t, r.order, false)).toBe(y * 100 + m);
          });
        },
      ),
    );
  });
});

describe("daysInMonth", () => {
  it("knows month lengths and leap years", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});
