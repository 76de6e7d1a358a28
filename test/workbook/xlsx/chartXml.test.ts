import fc from "fast-check";
import type { ChartPlan } from "../../../src/report/plan";
import { chartXml, type ChartData } from "../../../src/workbook/xlsx/charts/chartXml";
import { drawingXml } from "../../../src/workbook/xlsx/charts/drawingXml";
import { xmlText } from "../../../src/workbook/xlsx/charts/xmlText";
import { all, childNames, first, followsSchemaOrder, parseXml } from "./xmlTestHelpers";

// Sequences from the ECMA-376 chart schema (dml-chart.xsd), typed here from the spec.
const CHART_SPACE = [
  "date1904",
  "lang",
  "roundedCorners",
  "AlternateContent",
  "style",
  "clrMapOvr",
  "pivotSource",
  "protection",
  "chart",
  "spPr",
  "txPr",
  "externalData",
  "printSettings",
  "userShapes",
  "extLst",
];
const CHART = [
  "title",
  "autoTitleDeleted",
  "pivotFmts",
  "view3D",
  "floor",
  "sideWall",
  "backWall",
  "plotArea",
  "legend",
  "plotVisOnly",
  "dispBlanksAs",
  "showDLblsOverMax",
  "extLst",
];
const PLOT_AREA = ["layout", "lineChart", "barChart", "catAx", "valAx", "dTable", "spPr", "extLst"];
const LINE_CHART = [
  "grouping",
  "varyColors",
  "ser",
  "dLbls",
  "dropLines",
  "hiLowLines",
  "upDownBars",
  "marker",
  "smooth",
  "axId",
  "extLst",
];
const BAR_CHART = [
  "barDir",
  "grouping",
  "varyColors",
  "ser",
  "dLbls",
  "gapWidth",
  "overlap",
  "serLines",
  "axId",
  "extLst",
];
const LINE_SER = [
  "idx",
  "order",
  "tx",
  "spPr",
  "marker",
  "dPt",
  "dLbls",
  "trendline",
  "errBars",
  "cat",
  "val",
  "smooth",
  "extLst",
];
const BAR_SER = [
  "idx",
  "order",
  "tx",
  "spPr",
  "invertIfNegative",
  "pictureOptions",
  "dPt",
  "dLbls",
  "trendline",
  "errBars",
  "cat",
  "val",
  "shape",
  "extLst",
];
const AX_SHARED = [
  "axId",
  "scaling",
  "delete",
  "axPos",
  "majorGridlines",
  "minorGridlines",
  "title",
  "numFmt",
  "majorTickMark",
  "minorTickMark",
  "tickLblPos",
  "spPr",
  "txPr",
  "crossAx",
  "crosses",
  "crossesAt",
];
const CAT_AX = [...AX_SHARED, "auto", "lblAlgn", "lblOffset", "tickLblSkip", "tickMarkSkip", "noMultiLvlLbl", "extLst"];
const VAL_AX = [...AX_SHARED, "crossBetween", "majorUnit", "minorUnit", "dispUnits", "extLst"];
const TITLE = ["tx", "layout", "overlay", "spPr", "txPr", "extLst"];
const SCALING = ["logBase", "orientation", "max", "min", "extLst"];
const D_PT = ["idx", "invertIfNegative", "marker", "bubble3D", "explosion", "spPr", "pictureOptions", "extLst"];
const LEGEND = ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"];

const sheet = "Crime & ASB's trends";
const trendChart: ChartPlan = {
  kind: "chart",
  name: "TrendChart",
  type: "line",
  title: "Crime <all> & ASB",
  categories: { sheet, firstRow: 3, lastRow: 5, firstCol: 0, lastCol: 0 },
  series: [
    {
      name: "All crime",
      nameRef: { sheet, firstRow: 2, lastRow: 2, firstCol: 1, lastCol: 1 },
      values: { sheet, firstRow: 3, lastRow: 5, firstCol: 1, lastCol: 1 },
    },
    {
      name: "ASB",
      nameRef: { sheet, firstRow: 2, lastRow: 2, firstCol: 2, lastCol: 2 },
      values: { sheet, firstRow: 3, lastRow: 5, firstCol: 2, lastCol: 2 },
    },
  ],
  from: { row: 1, col: 4 },
  to: { row: 16, col: 11 },
  valueFormat: "pp1",
  yAxisTitle: "Crimes",
};
const trendData: ChartData = {
  categories: ["2022/23", "2023/24", "2024/25"],
  series: [
    { name: "All crime", values: [1250, 1200, 1080] },
    { name: "ASB", values: [400, "new", null] },
  ],
};

const text = (el: Element, name: string) => first(el, name).textContent;
const points = (cache: Element) =>
  all(cache, "c:pt").map((pt) => [Number(pt.getAttribute("idx")), first(pt, "c:v").textContent]);

describe("a line chart part", () => {
  const doc = parseXml(chartXml(trendChart, trendData), "chart");

  it("is well-formed and its elements follow the schema order", () => {
    expect(followsSchemaOrder(childNames(doc.documentElement), CHART_SPACE)).toBe(true);
    expect(followsSchemaOrder(childNames(first(doc, "c:chart")), CHART)).toBe(true);
    expect(followsSchemaOrder(childNames(first(doc, "c:plotArea")), PLOT_AREA)).toBe(true);
    expect(followsSchemaOrder(childNames(first(doc, "c:lineChart")), LINE_CHART)).toBe(true);
    all(doc, "c:ser").forEach((ser) => expect(followsSchemaOrder(childNames(ser), LINE_SER)).toBe(true));
    expect(followsSchemaOrder(childNames(first(doc, "c:catAx")), CAT_AX)).toBe(true);
    expect(followsSchemaOrder(childNames(first(doc, "c:valAx")), VAL_AX)).toBe(true);
    all(doc, "c:title").forEach((title) => expect(followsSchemaOrder(childNames(title), TITLE)).toBe(true));
    expect(followsSchemaOrder(childNames(first(doc, "c:legend")), LEGEND)).toBe(true);
  });

  it("has one series per planned series, referring to quoted sheet ranges", () => {
    const series = all(doc, "c:ser");
    expect(series).toHaveLength(2);
    expect(text(first(series[0], "c:tx"), "c:f")).toBe("'Crime & ASB''s trends'!$B$3");
    expect(text(first(series[0], "c:cat"), "c:f")).toBe("'Crime & ASB''s trends'!$A$4:$A$6");
    expect(text(first(series[0], "c:val"), "c:f")).toBe("'Crime & ASB''s trends'!$B$4:$B$6");
    expect(text(first(series[1], "c:val"), "c:f")).toBe("'Crime & ASB''s trends'!$C$4:$C$6");
  });

  it("caches the names, labels and numbers so a viewer shows them without recalculating", () => {
    const [crime, asb] = all(doc, "c:ser");
    expect(points(first(first(crime, "c:tx"), "c:strCache"))).toEqual([[0, "All crime"]]);
    expect(points(first(first(crime, "c:cat"), "c:strCache"))).toEqual([
      [0, "2022/23"],
      [1, "2023/24"],
      [2, "2024/25"],
    ]);
    expect(points(first(crime, "c:numCache"))).toEqual([
      [0, "1250"],
      [1, "1200"],
      [2, "1080"],
    ]);
    expect(first(first(crime, "c:numCache"), "c:ptCount").getAttribute("val")).toBe("3");
  });

  it("leaves blanks and text out of the number cache, so the line has a gap", () => {
    const asb = all(doc, "c:ser")[1];
    expect(points(first(asb, "c:numCache"))).toEqual([[0, "400"]]);
    expect(first(first(asb, "c:numCache"), "c:ptCount").getAttribute("val")).toBe("3");
  });

  it("titles the chart and the value axis, and escapes their text", () => {
    const titles = all(doc, "c:title").map((title) =>
      all(title, "a:t")
        .map((t) => t.textContent)
        .join(""),
    );
    expect(titles).toEqual(["Crime <all> & ASB", "Crimes"]);
  });

  it("formats the value axis with the planned number format", () => {
    const numFmt = first(first(doc, "c:valAx"), "c:numFmt");
    expect(numFmt.getAttribute("formatCode")).toBe('+0.0" pp";-0.0" pp";0.0" pp"');
    expect(numFmt.getAttribute("sourceLinked")).toBe("0");
  });

  it("links the two axes to each other and to the chart group", () => {
    const groupAxes = all(first(doc, "c:lineChart"), "c:axId").map((el) => el.getAttribute("val"));
    const catId = first(first(doc, "c:catAx"), "c:axId").getAttribute("val");
    const valId = first(first(doc, "c:valAx"), "c:axId").getAttribute("val");
    expect(groupAxes).toEqual([catId, valId]);
    expect(first(first(doc, "c:catAx"), "c:crossAx").getAttribute("val")).toBe(valId);
    expect(first(first(doc, "c:valAx"), "c:crossAx").getAttribute("val")).toBe(catId);
  });

  it("has a legend", () => {
    expect(first(first(doc, "c:legend"), "c:legendPos").getAttribute("val")).toBe("b");
  });
});

describe("bar and column charts", () => {
  const shareChart: ChartPlan = {
    ...trendChart,
    name: "ShareChart",
    type: "barClustered",
    title: "Share",
    series: [trendChart.series[0]],
    valueFormat: "percent1",
    yAxisTitle: undefined,
  };
  const shareData: ChartData = {
    categories: ["North", "South", "West"],
    series: [{ name: "Share", values: [0.25, 0.35, 0.4] }],
  };

  it("draws horizontal bars, first category at the top, value axis along the bottom", () => {
    const doc = parseXml(chartXml(shareChart, shareData));
    expect(first(doc, "c:barDir").getAttribute("val")).toBe("bar");
    expect(first(doc, "c:grouping").getAttribute("val")).toBe("clustered");
    const catAx = first(doc, "c:catAx");
    expect(first(catAx, "c:axPos").getAttribute("val")).toBe("l");
    expect(first(catAx, "c:orientation").getAttribute("val")).toBe("maxMin");
    const valAx = first(doc, "c:valAx");
    expect(first(valAx, "c:axPos").getAttribute("val")).toBe("b");
    expect(first(valAx, "c:crosses").getAttribute("val")).toBe("max");
    expect(first(valAx, "c:numFmt").getAttribute("formatCode")).toBe("0.0%");
    expect(all(doc, "c:title")).toHaveLength(1);
  });

  it("draws clustered columns with bar series in schema order", () => {
    const doc = parseXml(chartXml({ ...trendChart, type: "columnClustered" }, trendData));
    expect(first(doc, "c:barDir").getAttribute("val")).toBe("col");
    expect(followsSchemaOrder(childNames(first(doc, "c:barChart")), BAR_CHART)).toBe(true);
    all(doc, "c:ser").forEach((ser) => expect(followsSchemaOrder(childNames(ser), BAR_SER)).toBe(true));
    expect(first(first(doc, "c:catAx"), "c:orientation").getAttribute("val")).toBe("minMax");
  });

  it("keeps numeric categories as a number reference", () => {
    const doc = parseXml(chartXml(trendChart, { ...trendData, categories: [2022, 2023, 2024] }));
    const cat = first(all(doc, "c:ser")[0], "c:cat");
    expect(cat.getElementsByTagName("c:numRef")).toHaveLength(1);
    expect(points(first(cat, "c:numCache"))).toEqual([
      [0, "2022"],
      [1, "2023"],
      [2, "2024"],
    ]);
  });
});

describe("the plan's optional chart fields", () => {
  const shareChart: ChartPlan = {
    ...trendChart,
    type: "barClustered",
    series: [trendChart.series[0]],
    yAxisTitle: "Share",
    xAxisTitle: "District",
    legend: false,
    valueAxisMin: 0,
    highlight: { index: 2, colour: "C55A11" },
  };
  const doc = parseXml(chartXml(shareChart, trendData));
  const titleText = (axis: string) =>
    all(first(first(doc, axis), "c:title"), "a:t")
      .map((t) => t.textContent)
      .join("");

  it("leaves out the legend when the plan says so, and keeps it otherwise", () => {
    expect(doc.getElementsByTagName("c:legend")).toHaveLength(0);
    expect(
      parseXml(chartXml({ ...trendChart, legend: true }, trendData)).getElementsByTagName("c:legend"),
    ).toHaveLength(1);
  });

  it("starts the value axis at the plan's minimum, in schema order, and leaves it to Excel otherwise", () => {
    const scaling = first(first(doc, "c:valAx"), "c:scaling");
    expect(followsSchemaOrder(childNames(scaling), SCALING)).toBe(true);
    expect(first(scaling, "c:min").getAttribute("val")).toBe("0");
    const line = parseXml(chartXml(trendChart, trendData));
    expect(first(line, "c:valAx").getElementsByTagName("c:min")).toHaveLength(0);
  });

  it("titles both axes of horizontal bars, the category title turned to read upwards", () => {
    expect([titleText("c:catAx"), titleText("c:valAx")]).toEqual(["District", "Share"]);
    const rotation = (axis: string) => first(first(first(doc, axis), "c:title"), "a:bodyPr").getAttribute("rot");
    expect([rotation("c:catAx"), rotation("c:valAx")]).toEqual(["-5400000", "0"]);
    expect(followsSchemaOrder(childNames(first(doc, "c:catAx")), CAT_AX)).toBe(true);
  });

  it("fills the highlighted bar in its own colour, in schema order", () => {
    const [point] = all(doc, "c:dPt");
    expect(followsSchemaOrder(childNames(first(doc, "c:ser")), BAR_SER)).toBe(true);
    expect(followsSchemaOrder(childNames(point), D_PT)).toBe(true);
    expect(first(point, "c:idx").getAttribute("val")).toBe("2");
    expect(first(first(point, "c:spPr"), "a:srgbClr").getAttribute("val")).toBe("C55A11");
  });

  it("colours a line's highlighted marker in every series, keeping the line's colour", () => {
    const line = parseXml(chartXml({ ...trendChart, highlight: { index: 1, colour: "C55A11" } }, trendData));
    const series = all(line, "c:ser");
    expect(series.map((ser) => all(ser, "c:dPt").length)).toEqual([1, 1]);
    for (const ser of series) {
      expect(followsSchemaOrder(childNames(ser), LINE_SER)).toBe(true);
      const point = first(ser, "c:dPt");
      expect(followsSchemaOrder(childNames(point), D_PT)).toBe(true);
      expect(first(first(point, "c:marker"), "a:srgbClr").getAttribute("val")).toBe("C55A11");
    }
    expect(first(first(series[0], "c:spPr"), "a:srgbClr").getAttribute("val")).toBe("1F5F99");
  });
});

describe("lines over the bars (a combo chart)", () => {
  const ref = (col: number, firstRow = 3, lastRow = 5) => ({ sheet, firstRow, lastRow, firstCol: col, lastCol: col });
  const peerChart: ChartPlan = {
    ...trendChart,
    type: "columnClustered",
    series: [{ name: "Per 1,000", nameRef: ref(1, 2, 2), values: ref(1) }],
    lines: [
      { name: "Group mean", nameRef: ref(2, 2, 2), values: ref(2) },
      { name: "Upper limit", nameRef: ref(3, 2, 2), values: ref(3), dashed: true },
    ],
    highlight: { index: 0, colour: "C55A11" },
  };
  const peerData: ChartData = {
    categories: ["Northtown", "Southby", "Westfield"],
    series: [{ name: "Per 1,000", values: [6.1, 4.5, 3.1] }],
    lines: [
      { name: "Group mean", values: [4.6, 4.6, 4.6] },
      { name: "Upper limit", values: [6, 6, 6] },
    ],
  };
  const doc = parseXml(chartXml(peerChart, peerData), "chart");
  const plotArea = first(doc, "c:plotArea");

  it("puts a line chart group after the bars in the same plot area, in schema order", () => {
    expect(childNames(plotArea)).toEqual(["layout", "barChart", "lineChart", "catAx", "valAx"]);
    expect(followsSchemaOrder(childNames(first(plotArea, "c:lineChart")), LINE_CHART)).toBe(true);
    all(first(plotArea, "c:lineChart"), "c:ser").forEach((ser) =>
      expect(followsSchemaOrder(childNames(ser), LINE_SER)).toBe(true),
    );
  });

  it("draws both groups on the same two axes", () => {
    const axisIds = (group: string) => all(first(plotArea, group), "c:axId").map((a) => a.getAttribute("val"));
    expect(axisIds("c:lineChart")).toEqual(axisIds("c:barChart"));
    expect(axisIds("c:barChart")).toEqual([
      first(first(doc, "c:catAx"), "c:axId").getAttribute("val"),
      first(first(doc, "c:valAx"), "c:axId").getAttribute("val"),
    ]);
  });

  it("numbers the lines' series on from the bars', caches their values, and dashes the dashed one", () => {
    const lineSeries = all(first(plotArea, "c:lineChart"), "c:ser");
    expect(all(doc, "c:ser").map((ser) => first(ser, "c:idx").getAttribute("val"))).toEqual(["0", "1", "2"]);
    expect(lineSeries.map((ser) => text(first(ser, "c:tx"), "c:v"))).toEqual(["Group mean", "Upper limit"]);
    expect(points(first(first(lineSeries[1], "c:val"), "c:numCache"))).toEqual([
      [0, "6"],
      [1, "6"],
      [2, "6"],
    ]);
    expect(lineSeries.map((ser) => ser.getElementsByTagName("a:prstDash")[0]?.getAttribute("val") ?? null)).toEqual([
      null,
      "dash",
    ]);
    expect(lineSeries.map((ser) => first(first(ser, "c:marker"), "c:symbol").getAttribute("val"))).toEqual([
      "none",
      "none",
    ]);
  });

  it("highlights the area's bar only, not a point of the lines", () => {
    expect(all(first(plotArea, "c:barChart"), "c:dPt")).toHaveLength(1);
    expect(all(first(plotArea, "c:lineChart"), "c:dPt")).toHaveLength(0);
  });
});

describe("the drawing that places a chart", () => {
  it("gives the chart its alt text as Excel's description and its title as the alt-text title", () => {
    const chart = { ...trendChart, altText: 'All crime: 1,080 in 2024/25 & "falling" <fast>' };
    const cNvPr = first(parseXml(drawingXml([{ chart, relId: "rId1", target: "../charts/chart1.xml" }])), "xdr:cNvPr");
    expect(cNvPr.getAttribute("descr")).toBe(chart.altText);
    expect(cNvPr.getAttribute("title")).toBe("Crime <all> & ASB");
    expect(cNvPr.getAttribute("name")).toBe("TrendChart");
  });

  it("anchors the chart 1 pt into its first row (so LibreOffice prints no sliver of it on the page before)", () => {
    const doc = parseXml(drawingXml([{ chart: trendChart, relId: "rId1", target: "../charts/chart1.xml" }]));
    const offsets = ["xdr:from", "xdr:to"].map((tag) => first(first(doc, tag), "xdr:rowOff").textContent);
    expect(offsets).toEqual(["12700", "0"]);
    expect(first(first(doc, "xdr:from"), "xdr:row").textContent).toBe("1");
  });

  it("describes a chart without alt text by its title", () => {
    const cNvPr = first(
      parseXml(drawingXml([{ chart: trendChart, relId: "rId1", target: "../charts/chart1.xml" }])),
      "xdr:cNvPr",
    );
    expect(cNvPr.getAttribute("descr")).toBe("Crime <all> & ASB");
  });
});

describe("xmlText", () => {
  it("round-trips any text through an XML parser, less the characters XML cannot hold", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const doc = parseXml(`<a b="${xmlText(value)}">${xmlText(value)}</a>`);
        const expected = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
        // Text content keeps every character except that XML reads CR and CRLF as LF.
        expect(doc.documentElement.textContent).toBe(expected.replace(/\r\n?/g, "\n"));
        expect(doc.documentElement.getAttribute("b")).not.toBeNull();
      }),
    );
  });
});
