import { AssessmentError } from "../../../src/engine/errors";
import { parsePrioritiesCsv } from "../../../src/engine/extracts";

function errorOf(read: () => unknown): AssessmentError {
  try {
    read();
  } catch (error) {
    if (error instanceof AssessmentError) return error;
    throw error;
  }
  throw new Error("expected an AssessmentError");
}

describe("parsePrioritiesCsv", () => {
  it("gathers each priority's rules in order, its polarity from any of its rows", () => {
    const text = [
      "Priority,Kind,Value,Polarity",
      "Serious violence,subgroup,Homicide,",
      "Domestic abuse,flag,Domestic abuse,higherIsBetter",
      "serious violence,SUBGROUP,Violence with injury,lower",
      "Serious violence,category,violence and sexual offences,",
    ].join("\r\n");
    expect(parsePrioritiesCsv(text, "p.csv")).toEqual([
      {
        name: "Serious violence",
        rules: [
          { kind: "subgroup", value: "Homicide" },
          { kind: "subgroup", value: "Violence with injury" },
          // police.uk crime types are written as police.uk spells them.
          { kind: "category", value: "Violence and sexual offences" },
        ],
        polarity: "lowerIsBetter",
        place: { source: "p.csv", row: 2 },
      },
      {
        name: "Domestic abuse",
        rules: [{ kind: "flag", value: "Domestic abuse" }],
        polarity: "higherIsBetter",
        place: { source: "p.csv", row: 3 },
      },
    ]);
  });

  it.each([
    ["priority,kind,value\nP,types,Robbery\n", '"types" is not a kind of priority rule.', 2, "kind"],
    ["priority,kind,value\n,category,Robbery\n", "The priority's name is blank.", 2, "priority"],
    ["priority,kind,value\nP,category,\n", "The category is blank.", 2, "value"],
    ["priority,kind,value,polarity\nP,category,Robbery,up\n", '"up" is not a polarity.', 2, "polarity"],
    [
      "priority,kind,value,polarity\nP,category,Robbery,higherIsBetter\nP,category,Drugs,lowerIsBetter\n",
      'The polarity of "P" is lowerIsBetter here but higherIsBetter on an earlier row.',
      3,
      "polarity",
    ],
  ])("refuses %p, naming the file, row and column", (text, message, row, column) => {
    const error = errorOf(() => parsePrioritiesCsv(text, "p.csv"));
    expect([error.message, error.source, error.row, error.column]).toEqual([message, "p.csv", row, column]);
  });

  it("names the columns a header row lacks", () => {
    const error = errorOf(() => parsePrioritiesCsv("name,kind,value\nP,category,Robbery\n", "p.csv"));
    expect(error.message).toBe("The priorities file has no priority column: its header row has name, kind, value.");
    expect(error.row).toBe(1);
  });
});
