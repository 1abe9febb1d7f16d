/** The scaling a number format applies to what it shows (readers/format-scale.ts). */
import { scaleOfFormat, unitOfFormat } from "../../../src/workbook/readers/format-scale";

describe("scaleOfFormat", () => {
  it.each([
    ["#,##0,", 1000],
    ["#,##0.0,", 1000],
    ['#,##0," k€"', 1000],
    ["# ##0,;(# ##0,)", 1000],
    ['[$€-40C]#,##0,"k"', 1000],
    ["0.0,,", 1_000_000],
    ['#,##0,,"M€"', 1_000_000],
  ])("%s divides by %d", (fmt, factor) => {
    expect(scaleOfFormat(fmt)).toBe(factor);
  });

  it.each([undefined, "", "General", "#,##0", "#,##0.00 €", '#,##0.00" k€, HT"', "dd/mm/yyyy", "0%", "@"])(
    "%s divides by nothing",
    (fmt) => {
      expect(scaleOfFormat(fmt)).toBe(1);
    },
  );
});

describe("unitOfFormat", () => {
  it.each([
    ['#,##0.0" k€"', 1000],
    ["0.0\\ \\k\\€", 1000],
    ["0.0 k€", 1000],
    ['#,##0" K€";-#,##0" K€"', 1000],
    ['#,##0.0" M€"', 1_000_000],
    ['#,##0.0," M€"', 1000],
    ['#,##0.0" k€ HT"', 1000],
    ['#,##0" K€ HT"', 1000],
    ['#,##0.0" milliers €"', 1000],
    ['#,##0.0"k"', 1000],
    ['#,##0.0"k"[$€-40C]', 1000],
  ])("%s: each value is worth %d", (fmt, factor) => {
    expect(unitOfFormat(fmt)).toBe(factor);
  });

  it.each([
    undefined,
    "General",
    "#,##0.00 €",
    '#,##0.0," k€"',
    '#,##0.0,," M€"',
    '#,##0" m€"',
    '0.0" kg"',
    '0.0" kWh"',
  ])("%s: values as written", (fmt) => {
    expect(unitOfFormat(fmt)).toBe(1);
  });
});
