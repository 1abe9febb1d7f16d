import {
  a1,
  colLetter,
  colNumber,
  parseRange,
  qualified,
  range,
  sheetRef,
  splitQualified,
} from "../../src/sheet/a1";

describe("a1", () => {
  it("converts column numbers and letters both ways", () => {
    for (const [n, l] of [
      [1, "A"],
      [26, "Z"],
      [27, "AA"],
      [703, "AAA"],
    ] as const) {
      expect(colLetter(n)).toBe(l);
      expect(colNumber(l)).toBe(n);
    }
  });

  it("writes cells, ranges and quoted sheet references", () => {
    expect(a1(5, 2)).toBe("B5");
    expect(a1(5, 2, true)).toBe("$B$5");
    expect(range(5, 2, 16, 2, true)).toBe("$B$5:$B$16");
    expect(sheetRef("L'usine")).toBe("'L''usine'");
    expect(qualified("Ventes", "$K$2:$K$9")).toBe("'Ventes'!$K$2:$K$9");
  });

  it("parses ranges and qualified references", () => {
    expect(parseRange("$D$9:B5")).toEqual({ r1: 5, c1: 2, r2: 9, c2: 4 });
    expect(splitQualified("'L''usine'!A1:H5")).toEqual({ sheet: "L'usine", address: "A1:H5" });
    expect(splitQualified("Ventes!B3:J50")).toEqual({ sheet: "Ventes", address: "B3:J50" });
    expect(splitQualified("A1")).toEqual({ address: "A1" });
    expect(() => parseRange("B")).toThrow();
  });
});
