import { cellsAdded, totalsOwnColumn } from "../../../src/workbook/readers/formula-totals";

/** Column D (4), on sheet row `r`. */
const inD = (f: string, r: number) => totalsOwnColumn(f, 4, r);

describe("totalsOwnColumn: a formula in the amount column that totals that column is no line", () => {
  it("ranges of the column's other rows, whatever the function (subtotal, total above its detail, recap)", () => {
    expect(inD("SUM(D2:D9)", 10)).toBe(true);
    expect(inD("SUM(D3:D50)", 2)).toBe(true);
    expect(inD("SUBTOTAL(9,D3:D4)", 2)).toBe(true);
    expect(inD('SUMIFS(D2:D5,A2:A5,">="&DATE(2025,1,1),A2:A5,"<"&DATE(2025,2,1))', 7)).toBe(true);
    expect(inD('SUMIF(A2:A5,"<"&DATE(2025,2,1),D2:D5)', 7)).toBe(true);
    expect(inD("SUMPRODUCT((MONTH(A2:A5)=1)*D2:D5)", 7)).toBe(true);
    expect(inD("AGGREGATE(9,5,$D$2:$D$3)", 7)).toBe(true);
    expect(inD("ROUND(SUM(B2:F9),2)", 10)).toBe(true);
    expect(inD("SUBTOTAL(109,Ventes[Montant HT])", 10)).toBe(true);
  });

  it("cells of the column summed: =SUM(D2,D3)", () => {
    expect(inD("SUM(D2,D3)", 7)).toBe(true);
  });

  it("not a line's own computation, another column, another sheet, a text that reads like a cell", () => {
    expect(inD("D2*2", 7)).toBe(false);
    expect(inD("D2+E2", 7)).toBe(false);
    expect(inD("B5*C5", 5)).toBe(false);
    expect(inD("SUM(E$2:E5)", 5)).toBe(false);
    expect(inD("SUM(D5)", 5)).toBe(false);
    expect(inD("SUM(Janvier!D2:D9)", 10)).toBe(false);
    expect(inD("SUM('Ventes 2024'!D2:D9)", 10)).toBe(false);
    expect(inD('IF(A5="D2:D9",B5,C5)', 5)).toBe(false);
    expect(inD("LOG10(C5)*100", 5)).toBe(false);
    expect(inD("ROUND(C5*1.2,2)", 5)).toBe(false);
  });

  it("cells of the column added up or copied (=D2+D3, =D5) are for the reader to decide", () => {
    expect(inD("D5", 7)).toBe(false);
    expect(inD("D2+D3", 7)).toBe(false);
    expect(cellsAdded("D5", 4, 7)).toEqual([5]);
    expect(cellsAdded(" $D$12 ", 4, 7)).toEqual([12]);
    expect(cellsAdded("$D$8+D9", 4, 2)).toEqual([8, 9]);
    expect(cellsAdded("D7", 4, 7)).toBeNull();
    expect(cellsAdded("E5", 4, 7)).toBeNull();
    expect(cellsAdded("D5+E5", 4, 7)).toBeNull();
    expect(cellsAdded("D5*2", 4, 7)).toBeNull();
    expect(cellsAdded("Janvier!D5", 4, 7)).toBeNull();
  });
});
