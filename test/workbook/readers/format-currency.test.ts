import { currencyOfFormat } from "../../../src/workbook/readers/format-currency";

describe("currencyOfFormat: the currency an .xlsx number format shows", () => {
  it("reads locale-tagged, quoted and bare symbols", () => {
    expect(currencyOfFormat("[$$-409]#,##0.00")).toBe("USD");
    expect(currencyOfFormat("[$£-809]#,##0.00")).toBe("GBP");
    expect(currencyOfFormat("#,##0.00\\ [$€-40C]")).toBe("EUR");
    expect(currencyOfFormat("[$$-C09]#,##0.00")).toBe("AUD");
    expect(currencyOfFormat("[$USD] #,##0.00")).toBe("USD");
    expect(currencyOfFormat('"$"#,##0.00')).toBe("USD");
    expect(currencyOfFormat('#,##0.00 "CHF"')).toBe("CHF");
    expect(currencyOfFormat("#,##0.00 €;[Red]-#,##0.00 €")).toBe("EUR");
    expect(currencyOfFormat("\\$#,##0.00")).toBe("USD");
    expect(currencyOfFormat("$#,##0.00_);($#,##0.00)")).toBe("USD");
  });

  it("says nothing for plain numbers, rates, dates, colours and conditions", () => {
    for (const f of [
      undefined,
      "",
      "General",
      "0.00",
      "#,##0.00",
      "0%",
      "dd/mm/yyyy",
      "[Red]#,##0.00",
      "[>=1000]#,##0;0",
    ])
      expect([f, currencyOfFormat(f)]).toEqual([f, null]);
  });
});
