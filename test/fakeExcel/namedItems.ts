/** Defined names, workbook- or sheet-scoped. Workbook names share a namespace with tables. */
import { FakeCollection } from "./collection";
import type { FakeContext } from "./context";
import type { NamedItemModel } from "./model";
import { checkTableOrDefinedName } from "./names";
import { FakeObject } from "./proxy";
import type { Range } from "./range";
import { formatAddress } from "./addresses";
import { allTableNames } from "./tables";

export class NamedItem extends FakeObject<NamedItemModel> {
  constructor(context: FakeContext, locate: () => NamedItemModel | null, private readonly list: () => NamedItemModel[], nullable = false) {
    super(context, locate, "NamedItem", nullable);
  }
  protected scalarNames(): string[] {
    return ["name", "formula", "comment"];
  }
  protected override readScalar(model: NamedItemModel, name: string): unknown {
    if (name === "name" || name === "formula" || name === "comment") return model[name];
    return super.readScalar(model, name);
  }
  get name(): string { return this.loadedValue("name"); }
  get formula(): string { return this.loadedValue("formula"); }
  delete(): void {
    this.command("namedItem.delete", null, (model) => {
      const list = this.list();
      list.splice(list.indexOf(model), 1);
    });
  }
}

export class NamedItemCollection extends FakeCollection<NamedItemModel, NamedItem> {
  constructor(context: FakeContext, private readonly list: () => NamedItemModel[], private readonly scope: "workbook" | "sheet") {
    super(context, list, "NamedItemCollection");
  }
  protected item(model: NamedItemModel): NamedItem {
    return this.bound(new NamedItem(this.context, () => model, this.list), model);
  }
  getItemOrNullObject(name: string): NamedItem {
    const find = () => this.list().find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
    return new NamedItem(this.context, find, this.list, true);
  }
  add(name: string, reference: Range | string, comment = ""): NamedItem {
    const item = new NamedItem(this.context, () => null, this.list);
    this.command("names.add", [name, typeof reference === "string" ? reference : "", comment], (list) => {
      const tables = this.scope === "workbook" ? allTableNames(this.context.excel.model) : [];
      checkTableOrDefinedName(name, [...list.map((n) => n.name), ...tables]);
      const formula = typeof reference === "string" ? reference : `=${formatAddress(reference.resolve().sheet.name, reference.resolve())}`;
      const model = { name, formula, comment };
      list.push(model);
      item.bindTo(model);
    });
    return item;
  }
}
