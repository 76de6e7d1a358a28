/** Excel tables (ListObjects): names unique in the workbook, no overlaps. */
import { parseAddress } from "./addresses";
import { FakeCollection } from "./collection";
import type { FakeContext } from "./context";
import { FakeExcelError } from "./errors";
import { cellValue, type Area, type SheetModel, type TableModel, type WorkbookModel } from "./model";
import { checkTableOrDefinedName } from "./names";
import { FakeObject } from "./proxy";
import { check, isBoolean, isTableStyle } from "./rules";
import { Range } from "./range";
import { Worksheet } from "./worksheet";

export function allTableNames(workbook: WorkbookModel, except?: TableModel): string[] {
  return workbook.sheets.flatMap((sheet) => sheet.tables.filter((t) => t !== except).map((t) => t.name));
}

function overlaps(a: Area, b: Area): boolean {
  return a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;
}

export class Table extends FakeObject<TableModel> {
  constructor(context: FakeContext, locate: () => TableModel | null, nullable = false) {
    super(context, locate, "Table", nullable);
  }
  protected scalarNames(): string[] {
    return ["id", "name", "style", "showBandedRows", "showHeaders"];
  }
  protected override readScalar(model: TableModel, name: string): unknown {
    if (name === "showHeaders") return model.hasHeaders;
    if (name === "id" || name === "name" || name === "style" || name === "showBandedRows") return model[name];
    return super.readScalar(model, name);
  }
  protected override navigate(name: string): FakeObject<unknown> | undefined {
    return name === "worksheet" ? (this.worksheet as FakeObject<unknown>) : undefined;
  }
  private sheetProxy?: Worksheet;
  get worksheet(): Worksheet {
    return (this.sheetProxy ??= new Worksheet(this.context, () => this.resolve().area.sheet));
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.command("table.name", name, (model) => {
      checkTableOrDefinedName(name, [
        ...allTableNames(this.context.excel.model, model),
        ...this.context.excel.model.names.map((n) => n.name),
      ]);
      model.name = name;
    });
  }
  get style(): string {
    return this.loadedValue("style");
  }
  set style(style: string) {
    this.command("table.style", style, (model) => {
      check("Table.style", isTableStyle, style);
      model.style = style;
    });
  }
  get showBandedRows(): boolean {
    return this.loadedValue("showBandedRows");
  }
  set showBandedRows(show: boolean) {
    this.command("table.showBandedRows", show, (model) => {
      this.context.excel.checkApi("Table.showBandedRows");
      check("Table.showBandedRows", isBoolean, show);
      model.showBandedRows = show;
    });
  }

  getRange(): Range {
    return new Range(this.context, () => this.resolve().area);
  }
  getHeaderRowRange(): Range {
    return new Range(this.context, () => ({ ...this.resolve().area, rows: 1 }));
  }
  getDataBodyRange(): Range {
    return new Range(this.context, () => {
      const { area, hasHeaders } = this.resolve();
      return hasHeaders ? { ...area, r0: area.r0 + 1, rows: area.rows - 1 } : area;
    });
  }
  delete(): void {
    this.command("table.delete", null, (model) => {
      const tables = model.area.sheet.tables;
      tables.splice(tables.indexOf(model), 1);
    });
  }
}

/** A sheet's tables, or (with no sheet) the workbook's. */
export class TableCollection extends FakeCollection<TableModel, Table> {
  constructor(
    context: FakeContext,
    private readonly sheet: (() => SheetModel) | null,
  ) {
    super(
      context,
      () => (sheet ? sheet().tables : context.excel.model.sheets.flatMap((s) => s.tables)),
      "TableCollection",
    );
  }
  protected item(model: TableModel): Table {
    return this.bound(new Table(this.context, () => model), model);
  }
  private find(name: string): TableModel | null {
    return this.resolve().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getItem(name: string): Table {
    return new Table(this.context, () => this.find(name)).instantiated("tables.getItem");
  }
  getItemOrNullObject(name: string): Table {
    this.context.requireApi("TableCollection.getItemOrNullObject");
    return new Table(this.context, () => this.find(name), true);
  }
  add(address: Range | string, hasHeaders: boolean): Table {
    const table = new Table(this.context, () => null);
    const payload = typeof address === "string" ? address : "range";
    this.context.enqueue({
      op: "tables.add",
      size: payload.length + 8,
      run: () => {
        const area = this.areaOf(address);
        if (area.sheet.protected)
          throw new FakeExcelError("AccessDenied", `The sheet "${area.sheet.name}" is protected.`);
        check("tables.add(hasHeaders)", isBoolean, hasHeaders);
        if (area.sheet.tables.some((t) => overlaps(t.area, area))) {
          throw new FakeExcelError("InvalidArgument", "A table can't overlap another table.");
        }
        // Excel cannot make a table over merged cells ("You can't make this change for the selected cells...").
        if (area.sheet.merges.some((m) => overlaps({ sheet: area.sheet, ...m }, area))) {
          throw new FakeExcelError("InvalidOperation", "A table can't be created over merged cells.");
        }
        const workbook = this.context.excel.model;
        const taken = allTableNames(workbook).map((n) => n.toLowerCase());
        let n = 1;
        while (taken.includes(`table${n}`)) n++;
        const model: TableModel = {
          id: workbook.nextId++,
          name: `Table${n}`,
          area,
          hasHeaders,
          style: "TableStyleMedium2",
          showBandedRows: true,
        };
        if (hasHeaders) {
          // Excel turns header cells into text; blanks become Column1, Column2...
          for (let c = 0; c < area.cols; c++) {
            const value = cellValue(area.sheet, area.r0, area.c0 + c);
            (area.sheet.values[area.r0] ??= [])[area.c0 + c] = value === "" ? `Column${c + 1}` : String(value);
          }
        }
        area.sheet.tables.push(model);
        table.bindTo(model);
      },
    });
    return table;
  }
  private areaOf(address: Range | string): Area {
    if (typeof address !== "string") return address.resolve();
    const bang = address.lastIndexOf("!");
    const sheetName = bang < 0 ? null : address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    const sheet = this.sheet ? this.sheet() : this.context.excel.model.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new FakeExcelError("InvalidArgument", `No sheet for the table address "${address}".`);
    return { sheet, ...parseAddress(bang < 0 ? address : address.slice(bang + 1)) };
  }
}
