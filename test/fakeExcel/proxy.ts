/**
 * The base of every fake Excel object: a proxy that finds its model only when a
 * queued command first needs it, queues writes, and serves loaded properties only
 * after a sync (reading anything else throws PropertyNotLoaded, as Excel does).
 */
import { FakeExcelError, notLoaded } from "./errors";
import { jsonSize, type Delivery, type FakeContext } from "./context";

export type LoadOption = string | string[] | { select?: string | string[] };

export function loadPaths(option?: LoadOption): string[] {
  const raw =
    option === undefined ? [] : typeof option === "string" || Array.isArray(option) ? option : (option.select ?? []);
  const list = typeof raw === "string" ? raw.split(",") : raw;
  return list.map((path) => path.trim()).filter(Boolean);
}

export function combine(deliveries: Delivery[]): Delivery {
  return {
    size: deliveries.reduce((sum, d) => sum + d.size, 0),
    deliver: () => deliveries.forEach((d) => d.deliver()),
  };
}

export abstract class FakeObject<M> {
  private found?: { model: M | null };
  private readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeContext,
    private readonly locate: () => M | null,
    protected readonly typeName: string,
    private readonly nullable = false,
  ) {}

  /** The model, found once (so a renamed sheet is still the same sheet). */
  resolve(): M {
    const model = this.tryResolve();
    if (model === null) throw new FakeExcelError("ItemNotFound", `The requested ${this.typeName} doesn't exist.`);
    return model;
  }

  tryResolve(): M | null {
    if (!this.found) this.found = { model: this.locate() };
    return this.found.model;
  }

  /**
   * For objects got by a method (getItem, getItemAt): Excel instantiates them when the
   * batch runs, whether or not anything else uses them, so a missing item fails the sync.
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-advanced-concepts#ornullobject-methods-and-properties
   */
  instantiated(op: string): this {
    this.context.enqueue({ op, size: jsonSize(op), run: () => void this.resolve() });
    return this;
  }

  /** For commands that create the model (worksheets.add, tables.add...). */
  bindTo(model: M): void {
    this.found = { model };
  }

  get isNullObject(): boolean {
    return this.loadedValue<boolean>("isNullObject");
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.context.enqueue({ op: `${this.typeName}.load`, size: 0, run: () => this.runLoad(paths) });
    return this;
  }

  /** Scalar properties loaded by load() with no argument. */
  protected abstract scalarNames(): string[];

  protected readScalar(_model: M, name: string): unknown {
    throw new FakeExcelError("InvalidArgument", `The fake ${this.typeName} has no property '${name}'.`);
  }

  /** A child object reachable by a load path such as "protection/protected". */
  protected navigate(_name: string): FakeObject<unknown> | undefined {
    return undefined;
  }

  runLoad(paths: string[]): Delivery {
    const model = this.tryResolve();
    if (model === null) {
      if (!this.nullable) throw new FakeExcelError("ItemNotFound", `The requested ${this.typeName} doesn't exist.`);
      return { size: 4, deliver: () => this.loaded.set("isNullObject", true) };
    }
    const deliveries: Delivery[] = [{ size: 0, deliver: () => this.loaded.set("isNullObject", false) }];
    const byHead = new Map<string, string[]>();
    for (const path of paths.length ? paths : this.scalarNames()) {
      const [head, ...rest] = path.split("/");
      const rests = byHead.get(head) ?? [];
      if (rest.length) rests.push(rest.join("/"));
      byHead.set(head, rests);
    }
    for (const [head, rests] of byHead) deliveries.push(this.loadOne(model, head, rests));
    return combine(deliveries);
  }

  protected loadOne(model: M, head: string, rests: string[]): Delivery {
    this.context.excel.checkApi(`${this.typeName}.${head}`);
    const child = this.navigate(head);
    if (child) return child.runLoad(rests);
    const value = this.readScalar(model, head);
    return { size: jsonSize(value), deliver: () => this.loaded.set(head, value) };
  }

  protected remember(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** Queue a command that runs against this object's model at the next sync. */
  protected command(op: string, payload: unknown, apply: (model: M) => void | Delivery): void {
    this.context.enqueue({ op, size: jsonSize(payload), run: () => apply(this.resolve()) });
  }
}

/**
 * Write-only settings such as chart.title.text or cf.cellValue.format.fill.color:
 * each assignment queues one command with the full path. Reading them is not modelled.
 */
export function settingsProxy(onSet: (path: string[], value: unknown) => void, path: string[] = []): any {
  return new Proxy(
    {},
    {
      get: (_target, property) =>
        typeof property === "string" ? settingsProxy(onSet, [...path, property]) : undefined,
      set: (_target, property, value) => {
        onSet([...path, String(property)], value);
        return true;
      },
    },
  );
}
