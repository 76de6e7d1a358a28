/** Charts: series bound to ranges (held by sheet object, so they follow renames). */
import { FakeCollection } from "./collection";
import type { FakeContext } from "./context";
import { FakeExcelError } from "./errors";
import type { Area, ChartModel, SeriesModel, SheetModel } from "./model";
import { FakeObject, settingsProxy } from "./proxy";
import type { Range } from "./range";
import { formatAddress, parseAddress } from "./addresses";
import { check, checkSetting, isChartType, isSeriesBy } from "./rules";

function oneLine(range: Range): Area {
  const area = range.resolve();
  if (area.rows !== 1 && area.cols !== 1)
    throw new FakeExcelError("InvalidArgument", "Series data must be one row or one column.");
  return area;
}

/** The number of points a series has: one per value. */
function pointCount(series: SeriesModel): number {
  return series.values ? Math.max(series.values.rows, series.values.cols) : 0;
}

/** One point of a series: its fill (format.fill.setSolidColor) and its marker colours, checked by the rules. */
export class ChartPoint extends FakeObject<{ series: SeriesModel; index: number }> {
  constructor(context: FakeContext, locate: () => { series: SeriesModel; index: number } | null) {
    super(context, locate, "ChartPoint");
  }
  protected scalarNames(): string[] {
    return [];
  }
  private setLook(path: string, value: unknown): void {
    this.command(`point.${path}`, value, ({ series, index }) => {
      this.context.excel.checkApi(`ChartPoint.${path}`);
      checkSetting(`ChartPoint.${path}`, value);
      ((series.points ??= {})[index] ??= {})[path] = value;
    });
  }
  get format(): { fill: { setSolidColor(colour: string): void } } {
    return { fill: { setSolidColor: (colour) => this.setLook("format.fill.color", colour) } };
  }
  set markerBackgroundColor(colour: string) {
    this.setLook("markerBackgroundColor", colour);
  }
  set markerForegroundColor(colour: string) {
    this.setLook("markerForegroundColor", colour);
  }
}

/** A series' points; getItemAt a point the series does not have fails the sync (ItemNotFound), as in Excel. */
export class ChartPointsCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly series: () => SeriesModel,
  ) {}
  getItemAt(index: number): ChartPoint {
    return new ChartPoint(this.context, () => {
      const series = this.series();
      return Number.isInteger(index) && index >= 0 && index < pointCount(series) ? { series, index } : null;
    }).instantiated("points.getItemAt");
  }
}

export class ChartSeries extends FakeObject<SeriesModel> {
  readonly points: ChartPointsCollection;
  constructor(context: FakeContext, locate: () => SeriesModel | null) {
    super(context, locate, "ChartSeries");
    this.points = new ChartPointsCollection(context, () => this.resolve());
  }
  protected scalarNames(): string[] {
    return ["name"];
  }
  protected override readScalar(model: SeriesModel, name: string): unknown {
    return name === "name" ? model.name : super.readScalar(model, name);
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.command("series.name", name, (model) => void (model.name = name));
  }
  /** Each look setting is checked against its ExcelApi version and what Excel takes, when the batch runs. */
  private setLook(path: string, value: unknown): void {
    this.command(`series.${path}`, value, (model) => {
      this.context.excel.checkApi(`ChartSeries.${path}`);
      checkSetting(`ChartSeries.${path}`, value);
      (model.look ??= {})[path] = value;
    });
  }
  /** The series' own chart type, e.g. "Line" over a column chart's bars (ExcelApi 1.7). */
  set chartType(type: string) {
    this.setLook("chartType", type);
  }
  /** format.line.color, .weight and .lineStyle, and format.fill.setSolidColor(colour), kept as "format.fill.color". */
  get format(): any {
    const settings = settingsProxy((path, value) => this.setLook(["format", ...path].join("."), value));
    const fill = { setSolidColor: (colour: string) => this.setLook("format.fill.color", colour) };
    return new Proxy(settings, { get: (target, property) => (property === "fill" ? fill : target[property]) });
  }
  set markerStyle(style: string) {
    this.setLook("markerStyle", style);
  }
  set markerSize(size: number) {
    this.setLook("markerSize", size);
  }
  set markerBackgroundColor(colour: string) {
    this.setLook("markerBackgroundColor", colour);
  }
  set markerForegroundColor(colour: string) {
    this.setLook("markerForegroundColor", colour);
  }
  setValues(range: Range): void {
    this.command("series.setValues", null, (model) => {
      this.context.excel.checkApi("ChartSeries.setValues");
      model.values = oneLine(range);
    });
  }
  setXAxisValues(range: Range): void {
    this.command("series.setXAxisValues", null, (model) => {
      this.context.excel.checkApi("ChartSeries.setXAxisValues");
      model.xValues = oneLine(range);
    });
  }
}

export class ChartSeriesCollection extends FakeCollection<SeriesModel, ChartSeries> {
  constructor(
    context: FakeContext,
    private readonly chart: () => ChartModel,
  ) {
    super(context, () => chart().series, "ChartSeriesCollection");
  }
  protected item(model: SeriesModel): ChartSeries {
    return this.bound(new ChartSeries(this.context, () => model), model);
  }
  getItemAt(index: number): ChartSeries {
    return new ChartSeries(this.context, () => this.chart().series[index] ?? null).instantiated("series.getItemAt");
  }
  add(name?: string): ChartSeries {
    const series = new ChartSeries(this.context, () => null);
    this.command("series.add", name ?? null, (list) => {
      this.context.excel.checkApi("ChartSeriesCollection.add");
      const model: SeriesModel = { name: name ?? `Series${list.length + 1}`, values: null, xValues: null };
      list.push(model);
      series.bindTo(model);
    });
    return series;
  }
}

export class Chart extends FakeObject<ChartModel> {
  readonly series: ChartSeriesCollection;
  constructor(context: FakeContext, locate: () => ChartModel | null) {
    super(context, locate, "Chart");
    this.series = new ChartSeriesCollection(context, () => this.resolve());
  }
  protected scalarNames(): string[] {
    return ["id", "name", "chartType"];
  }
  protected override readScalar(model: ChartModel, name: string): unknown {
    if (name === "chartType") return model.type;
    if (name === "id" || name === "name") return model[name];
    return super.readScalar(model, name);
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.command("chart.name", name, (model) => void (model.name = name));
  }
  private part(name: string): any {
    return settingsProxy((path, value) =>
      this.command(`chart.${name}`, value, (model) => {
        const key = [name, ...path].join(".");
        this.context.excel.checkApi(`Chart.${key}`);
        checkSetting(`Chart.${key}`, value);
        model.settings[key] = value;
      }),
    );
  }
  get title(): any {
    return this.part("title");
  }
  get axes(): any {
    return this.part("axes");
  }
  get legend(): any {
    return this.part("legend");
  }
  get format(): any {
    return this.part("format");
  }
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const text = (cell: Range | string) =>
      typeof cell === "string" ? cell : formatAddress("", cell.resolve()).replace(/^.*!/, "");
    this.command(
      "chart.setPosition",
      [startCell, endCell].filter((c) => typeof c === "string"),
      (model) => {
        const start = text(startCell);
        const end = endCell === undefined ? undefined : text(endCell);
        // The end cell is the chart's bottom-right corner: above or left of the start, Excel refuses it.
        const [from, to] = [parseAddress(start), end === undefined ? null : parseAddress(end)];
        if (to && (to.r0 < from.r0 || to.c0 < from.c0))
          throw new FakeExcelError("InvalidArgument", `The chart's end cell ${end} is above or left of ${start}.`);
        model.position = { start, end };
      },
    );
  }
  delete(): void {
    this.command("chart.delete", null, (model) => {
      for (const sheet of this.context.excel.model.sheets) {
        const index = sheet.charts.indexOf(model);
        if (index >= 0) sheet.charts.splice(index, 1);
      }
    });
  }
}

export class ChartCollection extends FakeCollection<ChartModel, Chart> {
  constructor(
    context: FakeContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, () => sheet().charts, "ChartCollection");
  }
  protected item(model: ChartModel): Chart {
    return this.bound(new Chart(this.context, () => model), model);
  }
  getItem(name: string): Chart {
    return new Chart(this.context, () => this.resolve().find((c) => c.name === name) ?? null).instantiated(
      "charts.getItem",
    );
  }
  add(type: string, sourceData: Range, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): Chart {
    const chart = new Chart(this.context, () => null);
    this.command("charts.add", [type, seriesBy], (charts) => {
      check("charts.add(type)", isChartType, type);
      check("charts.add(seriesBy)", isSeriesBy, seriesBy);
      const sheet = this.sheet();
      if (sheet.protected) throw new FakeExcelError("AccessDenied", `The sheet "${sheet.name}" is protected.`);
      const area = sourceData.resolve();
      const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && area.rows >= area.cols);
      const count = byColumns ? area.cols : area.rows;
      const series = Array.from({ length: count }, (_, i): SeriesModel => ({
        name: `Series${i + 1}`,
        values: byColumns ? { ...area, c0: area.c0 + i, cols: 1 } : { ...area, r0: area.r0 + i, rows: 1 },
        xValues: null,
      }));
      const id = this.context.excel.model.nextId++;
      const model: ChartModel = { id, name: `Chart ${id}`, type, settings: {}, series, position: null };
      charts.push(model);
      chart.bindTo(model);
    });
    return chart;
  }
}
