/** Defined names, workbook- or sheet-scoped. Workbook names share a namespace with tables. */
import { FakeCollection } from "./collection";
import type { FakeContext } from "./context";
import type { NamedItemModel, WorkbookModel } from "./model";
import { checkTableOrDefinedName } from "./names";
import { FakeObject } from "./proxy";
import { check, isBoolean } from "./rules";
import type { Range } from "./range";
import { formatAddress } from "./addresses";
import { allTableNames } from "./tables";

/** A name given a range follows its sheet through renames and shows #REF! once the sheet is deleted. */
export function namedItemFormula(workbook: WorkbookModel, model: NamedItemModel): string {
  if (!model.area) return model.formula;
  const { sheet, r0, c0, rows, cols } = model.area;
  if (!workbook.sheets.includes(sheet)) return "=#REF!";
  const address = formatAddress(sheet.name, { r0, c0, rows, cols });
  const bang = address.lastIndexOf("!");
  return `=${address.slice(0, bang + 1)}${address.slice(bang + 1).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

export class NamedItem extends FakeObject<NamedItemModel> {
  constructor(
    context: FakeContext,
    locate: () => NamedItemModel | null,
    private readonly list: () => NamedItemModel[],
    nullable = false,
  ) {
    super(context, locate, "NamedItem", nullable);
  }
  protected scalarNames(): string[] {
    return ["name", "formula", "comment", "visible"];
  }
  protected override readScalar(model: NamedItemModel, name: string): unknown {
    if (name === "formula") return namedItemFormula(this.context.excel.model, model);
    if (name === "name" || name === "comment" || name === "visible") return model[name];
    return super.readScalar(model, name);
  }
  get name(): string {
    return this.loadedValue("name");
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  get visible(): boolean {
    return this.loadedValue("visible");
  }
  set visible(visible: boolean) {
    this.command("namedItem.visible", visible, (model) => {
      check("NamedItem.visible", isBoolean, visible);
      model.visible = visible;
    });
  }
  delete(): void {
    this.command("namedItem.delete", null, (model) => {
      this.context.excel.checkApi("NamedItem.delete");
      const list = this.list();
      list.splice(list.indexOf(model), 1);
    });
  }
}

export class NamedItemCollection extends FakeCollection<NamedItemModel, NamedItem> {
  constructor(
    context: FakeContext,
    private readonly list: () => NamedItemModel[],
    private readonly scope: "workbook" | "sheet",
  ) {
    super(context, list, "NamedItemCollection");
  }
  protected item(model: NamedItemModel): NamedItem {
    return this.bound(new NamedItem(this.context, () => model, this.list), model);
  }
  private finder(name: string): () => NamedItemModel | null {
    return () => this.list().find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getItem(name: string): NamedItem {
    return new NamedItem(this.context, this.finder(name), this.list).instantiated("names.getItem");
  }
  getItemOrNullObject(name: string): NamedItem {
    this.context.requireApi("NamedItemCollection.getItemOrNullObject");
    return new NamedItem(this.context, this.finder(name), this.list, true);
  }
  add(name: string, reference: Range | string, comment = ""): NamedItem {
    const item = new NamedItem(this.context, () => null, this.list);
    this.command("names.add", [name, typeof reference === "string" ? reference : "", comment], (list) => {
      this.context.excel.checkApi("NamedItemCollection.add");
      const tables = this.scope === "workbook" ? allTableNames(this.context.excel.model) : [];
      checkTableOrDefinedName(name, [...list.map((n) => n.name), ...tables]);
      const model: NamedItemModel =
        typeof reference === "string"
          ? { name, formula: reference, comment, visible: true }
          : { name, formula: "", area: reference.resolve(), comment, visible: true };
      list.push(model);
      item.bindTo(model);
    });
    return item;
  }
}
