import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compute } from "../../src/core/engine";
import { toJson } from "../../src/core/report";
import { isTextTable, workbookFromText } from "../../src/taskpane/playground/textfile";
import { readTableFile } from "../../src/workbook/readers";

const FX = join(__dirname, "..", "fixtures");

describe("the playground opens a FEC .txt and a .csv with the CLI's readers", () => {
  it.each([["fec/123456789FEC20251231.txt"], ["article/textile.csv"]])(
    "%s: the pane's sheet computes what caop compute computes on the file",
    async (file) => {
      const path = join(FX, file);
      const name = file.split("/").pop() as string;
      expect(isTextTable(name)).toBe(true);
      const wb = await workbookFromText(name, new Uint8Array(readFileSync(path)));
      const pane = toJson(compute(await wb.readTable()));
      const cli = toJson(compute(await readTableFile(path)));
      expect(pane.caop).toBe(cli.caop);
      expect(pane.excluded).toEqual(cli.excluded);
    },
  );
});
