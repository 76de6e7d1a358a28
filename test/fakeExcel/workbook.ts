/** The workbook: its collections, settings, protection and application. */
import { FakeCollection } from "./collection";
import { jsonSize, type FakeContext } from "./context";
import { FakeExcelError } from "./errors";
import type { WorkbookModel } from "./model";
import { NamedItemCollection } from "./namedItems";
import { FakeObject, settingsProxy } from "./proxy";
import { checkSetting } from "./rules";
import { TableCollection } from "./tables";
import { WorksheetCollection } from "./worksheet";

interface SettingModel {
  key: string;
}

export class Setting extends FakeObject<SettingModel> {
  constructor(context: FakeContext, locate: () => SettingModel | null, nullable = false) {
    super(context, locate, "Setting", nullable);
  }
  protected scalarNames(): string[] {
    return ["key", "value"];
  }
  protected override readScalar(model: SettingModel, name: string): unknown {
    if (name === "key") return model.key;
    if (name === "value") return structuredClone(this.context.excel.model.settings.get(model.key));
    return super.readScalar(model, name);
  }
  get key(): string {
    return this.loadedValue("key");
  }
  get value(): unknown {
    return this.loadedValue("value");
  }
  delete(): void {
    this.command("setting.delete", null, (model) => {
      this.context.excel.checkApi("Setting.delete");
      this.context.excel.model.settings.delete(model.key);
    });
  }
}

export class SettingCollection extends FakeCollection<SettingModel, Setting> {
  constructor(context: FakeContext) {
    super(context, () => [...context.excel.model.settings.keys()].map((key) => ({ key })), "SettingCollection");
  }
  protected item(model: SettingModel): Setting {
    return this.bound(new Setting(this.context, () => model), model);
  }
  private find(key: string): SettingModel | null {
    return this.context.excel.model.settings.has(key) ? { key } : null;
  }
  getItem(key: string): Setting {
    this.context.requireApi("SettingCollection.getItem");
    return new Setting(this.context, () => this.find(key)).instantiated("settings.getItem");
  }
  getItemOrNullObject(key: string): Setting {
    this.context.requireApi("SettingCollection.getItemOrNullObject");
    return new Setting(this.context, () => this.find(key), true);
  }
  add(key: string, value: unknown): Setting {
    const setting = new Setting(this.context, () => null);
    this.context.enqueue({
      op: "settings.add",
      size: jsonSize([key, value]),
      run: () => {
        this.context.excel.checkApi("SettingCollection.add");
        this.context.excel.model.settings.set(key, structuredClone(value));
        setting.bindTo({ key });
      },
    });
    return setting;
  }
}

class WorkbookProtection extends FakeObject<WorkbookModel> {
  protected scalarNames(): string[] {
    return ["protected"];
  }
  protected override readScalar(model: WorkbookModel, name: string): unknown {
    return name === "protected" ? model.protected : super.readScalar(model, name);
  }
  get protected(): boolean {
    return this.loadedValue("protected");
  }
}

export class Workbook extends FakeObject<WorkbookModel> {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;
  readonly settings: SettingCollection;
  readonly protection: WorkbookProtection;
  readonly application: { suspendApiCalculationUntilNextSync(): void };

  constructor(context: FakeContext) {
    super(context, () => context.excel.model, "Workbook");
    this.worksheets = new WorksheetCollection(context);
    this.tables = new TableCollection(context, null);
    this.names = new NamedItemCollection(context, () => context.excel.model.names, "workbook");
    this.settings = new SettingCollection(context);
    this.protection = new WorkbookProtection(context, () => context.excel.model, "WorkbookProtection");
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        context.enqueue({
          op: "application.suspendApiCalculationUntilNextSync",
          size: 0,
          run: () => context.excel.checkApi("Application.suspendApiCalculationUntilNextSync"),
        }),
    };
  }
  protected scalarNames(): string[] {
    return [];
  }
  protected override navigate(name: string): FakeObject<unknown> | undefined {
    const children: Record<string, FakeObject<any>> = {
      worksheets: this.worksheets,
      tables: this.tables,
      names: this.names,
      settings: this.settings,
      protection: this.protection,
    };
    return children[name];
  }
  /** Document properties (write-only here). */
  get properties(): any {
    return settingsProxy((path, value) =>
      this.command(`properties.${path.join(".")}`, value, (model) => {
        this.context.excel.checkApi(`Workbook.properties.${path.join(".")}`);
        checkSetting(`Workbook.properties.${path.join(".")}`, value);
        model.properties[path.join(".")] = value;
      }),
    );
  }
  getActiveWorksheet(): never {
    throw new FakeExcelError("InvalidArgument", "Use workbook.worksheets.getActiveWorksheet().");
  }
}
