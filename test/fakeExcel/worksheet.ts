/** Worksheets: names checked by Excel's rules, positions, protection, and their parts. */
import { parseAddress } from "./addresses";
import { ChartCollection } from "./charts";
import { FakeCollection } from "./collection";
import type { FakeContext } from "./context";
import { FakeExcelError } from "./errors";
import { newSheet, usedArea, MAX_COLUMNS, MAX_ROWS, type SheetModel, type WorkbookModel } from "./model";
import { checkSheetName } from "./names";
import { NamedItemCollection } from "./namedItems";
import { FakeObject, settingsProxy } from "./proxy";
import { check, checkSetting, isColour, oneOf, wholeNumberFrom } from "./rules";
import { Range } from "./range";
import { TableCollection } from "./tables";

function checkStructureEditable(workbook: WorkbookModel): void {
  if (workbook.protected) throw new FakeExcelError("AccessDenied", "The workbook's structure is protected.");
}

class WorksheetProtection extends FakeObject<SheetModel> {
  protected scalarNames(): string[] {
    return ["protected"];
  }
  protected override readScalar(model: SheetModel, name: string): unknown {
    return name === "protected" ? model.protected : super.readScalar(model, name);
  }
  get protected(): boolean {
    return this.loadedValue("protected");
  }
}

export class Worksheet extends FakeObject<SheetModel> {
  readonly protection: WorksheetProtection;
  readonly tables: TableCollection;
  readonly charts: ChartCollection;
  readonly names: NamedItemCollection;

  constructor(context: FakeContext, locate: () => SheetModel | null, nullable = false) {
    super(context, locate, "Worksheet", nullable);
    this.protection = new WorksheetProtection(context, () => this.resolve(), "WorksheetProtection");
    this.tables = new TableCollection(context, () => this.resolve());
    this.charts = new ChartCollection(context, () => this.resolve());
    this.names = new NamedItemCollection(context, () => this.resolve().names, "sheet");
  }

  private get workbook(): WorkbookModel {
    return this.context.excel.model;
  }

  protected scalarNames(): string[] {
    return ["id", "name", "position", "visibility", "tabColor"];
  }
  protected override readScalar(model: SheetModel, name: string): unknown {
    switch (name) {
      case "id":
        return `{${model.id}}`;
      case "name":
        return model.name;
      case "position":
        return this.workbook.sheets.indexOf(model);
      case "visibility":
        return model.visibility;
      case "tabColor":
        return model.tabColor;
      default:
        return super.readScalar(model, name);
    }
  }
  protected override navigate(name: string): FakeObject<unknown> | undefined {
    const children: Record<string, FakeObject<any>> = {
      protection: this.protection,
      tables: this.tables,
      charts: this.charts,
      names: this.names,
    };
    return children[name];
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.command("worksheet.name", name, (model) => {
      checkStructureEditable(this.workbook);
      checkSheetName(
        name,
        this.workbook.sheets.filter((s) => s !== model).map((s) => s.name),
      );
      model.name = name;
    });
  }
  get position(): number {
    return this.loadedValue("position");
  }
  set position(position: number) {
    this.command("worksheet.position", position, (model) => {
      checkStructureEditable(this.workbook);
      const sheets = this.workbook.sheets;
      if (position < 0 || position >= sheets.length)
        throw new FakeExcelError("InvalidArgument", `Position ${position} is out of range.`);
      sheets.splice(sheets.indexOf(model), 1);
      sheets.splice(position, 0, model);
    });
  }
  get visibility(): string {
    return this.loadedValue("visibility");
  }
  set visibility(visibility: SheetModel["visibility"]) {
    this.command("worksheet.visibility", visibility, (model) => {
      check("Worksheet.visibility", oneOf("Visible", "Hidden", "VeryHidden"), visibility);
      model.visibility = visibility;
    });
  }
  get tabColor(): string {
    return this.loadedValue("tabColor");
  }
  set tabColor(color: string) {
    this.command("worksheet.tabColor", color, (model) => {
      this.context.excel.checkApi("Worksheet.tabColor");
      // An empty string sets the automatic colour.
      if (color !== "") check("Worksheet.tabColor", isColour, color);
      model.tabColor = color;
    });
  }

  get freezePanes(): { freezeRows(count: number): void; unfreeze(): void } {
    return {
      freezeRows: (count) =>
        this.command("freezePanes.freezeRows", count, (model) => {
          this.context.excel.checkApi("Worksheet.freezePanes");
          // 0 unfreezes; a negative count or more rows than a sheet has is refused.
          check("freezePanes.freezeRows(count)", wholeNumberFrom(0, MAX_ROWS), count);
          model.freezeRows = count;
        }),
      unfreeze: () =>
        this.command("freezePanes.unfreeze", null, (model) => {
          this.context.excel.checkApi("Worksheet.freezePanes");
          model.freezeRows = 0;
        }),
    };
  }

  /**
   * pageLayout.orientation, pageLayout.zoom, pageLayout.headersFooters... (write-only),
   * and setPrintTitleRows, kept as pageLayout["printTitleRows"].
   */
  get pageLayout(): any {
    const settings = settingsProxy((path, value) =>
      this.command(`pageLayout.${path.join(".")}`, value, (model) => {
        this.context.excel.checkApi(`Worksheet.pageLayout.${path.join(".")}`);
        checkSetting(`Worksheet.pageLayout.${path.join(".")}`, value);
        model.pageLayout[path.join(".")] = value;
      }),
    );
    const setPrintTitleRows = (rows: string) =>
      this.command("pageLayout.setPrintTitleRows", rows, (model) => {
        if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeExcelError("InvalidArgument", `Bad title rows "${rows}".`);
        model.pageLayout.printTitleRows = rows;
      });
    return new Proxy(settings, {
      get: (target, property) => (property === "setPrintTitleRows" ? setPrintTitleRows : target[property]),
    });
  }

  /** Manual page breaks, kept as the 0-based rows they come before. */
  get horizontalPageBreaks(): { add(cell: string): void } {
    return {
      add: (cell) =>
        this.command("horizontalPageBreaks.add", cell, (model) => {
          const { r0 } = parseAddress(cell);
          if (!model.horizontalPageBreaks.includes(r0)) model.horizontalPageBreaks.push(r0);
        }),
    };
  }

  getRange(address?: string): Range {
    return new Range(this.context, () => {
      const sheet = this.resolve();
      return address === undefined
        ? { sheet, r0: 0, c0: 0, rows: MAX_ROWS, cols: MAX_COLUMNS }
        : { sheet, ...parseAddress(address) };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    this.context.requireApi("Worksheet.getRangeByIndexes");
    return new Range(this.context, () => ({
      sheet: this.resolve(),
      r0: startRow,
      c0: startColumn,
      rows: rowCount,
      cols: columnCount,
    }));
  }
  /** Excel gives A1 for an empty sheet. */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, () => {
      const sheet = this.resolve();
      return usedArea(sheet, valuesOnly) ?? { sheet, r0: 0, c0: 0, rows: 1, cols: 1 };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    this.context.requireApi("Worksheet.getUsedRangeOrNullObject");
    return new Range(this.context, () => usedArea(this.resolve(), valuesOnly), true);
  }
  delete(): void {
    this.command("worksheet.delete", null, (model) => {
      checkStructureEditable(this.workbook);
      const sheets = this.workbook.sheets;
      if (!sheets.some((s) => s !== model && s.visibility === "Visible")) {
        throw new FakeExcelError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      }
      sheets.splice(sheets.indexOf(model), 1);
      if (this.workbook.activeSheet === model)
        this.workbook.activeSheet = sheets.find((s) => s.visibility === "Visible") ?? null;
    });
  }
  activate(): void {
    this.command("worksheet.activate", null, (model) => void (this.workbook.activeSheet = model));
  }
}

export class WorksheetCollection extends FakeCollection<SheetModel, Worksheet> {
  constructor(context: FakeContext) {
    super(context, () => context.excel.model.sheets, "WorksheetCollection");
  }
  protected item(model: SheetModel): Worksheet {
    return this.bound(new Worksheet(this.context, () => model), model);
  }
  private find(name: string): SheetModel | null {
    return this.context.excel.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => this.find(name)).instantiated("worksheets.getItem");
  }
  getItemOrNullObject(name: string): Worksheet {
    this.context.requireApi("WorksheetCollection.getItemOrNullObject");
    return new Worksheet(this.context, () => this.find(name), true);
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this.context.excel.model.activeSheet);
  }
  /** Excel adds the new sheet after the last one. */
  add(name?: string): Worksheet {
    const sheet = new Worksheet(this.context, () => null);
    this.command("worksheets.add", name ?? null, (sheets) => {
      const workbook = this.context.excel.model;
      checkStructureEditable(workbook);
      let chosen = name;
      for (let n = sheets.length + 1; chosen === undefined; n++) if (!this.find(`Sheet${n}`)) chosen = `Sheet${n}`;
      checkSheetName(
        chosen,
        sheets.map((s) => s.name),
      );
      const model = newSheet(workbook, chosen);
      sheets.push(model);
      sheet.bindTo(model);
    });
    return sheet;
  }
}
