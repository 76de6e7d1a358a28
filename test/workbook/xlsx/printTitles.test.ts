import { quotePrintTitleSheetNames } from "../../../src/workbook/xlsx/printTitles";

const definedNames = (inner: string) =>
  `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">${inner}</definedName></definedNames>`;

describe("quotePrintTitleSheetNames", () => {
  it("doubles an apostrophe inside a quoted sheet name", () => {
    const broken = definedNames("&apos;Analyst&apos;s trends&apos;!$1:$1");
    expect(quotePrintTitleSheetNames(broken, ["Analyst's trends"])).toBe(
      definedNames("&apos;Analyst&apos;&apos;s trends&apos;!$1:$1"),
    );
  });

  it("leaves a name that is already quoted correctly as it is", () => {
    const fine = definedNames("&apos;Analyst&apos;&apos;s trends&apos;!$1:$1");
    expect(quotePrintTitleSheetNames(fine, ["Analyst's trends"])).toBe(fine);
  });

  it("leaves names without apostrophes alone", () => {
    const plain = definedNames("&apos;Summary&apos;!$1:$2");
    expect(quotePrintTitleSheetNames(plain, ["Summary"])).toBe(plain);
  });
});
