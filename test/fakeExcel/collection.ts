/** Collections (worksheets, tables, charts, names, settings): `items` after load and sync. */
import type { Delivery } from "./context";
import { combine, FakeObject } from "./proxy";

export abstract class FakeCollection<M, P extends FakeObject<M>> extends FakeObject<M[]> {
  /** A proxy for one existing member. */
  protected abstract item(model: M): P;

  get items(): P[] {
    return this.loadedValue<P[]>("items");
  }

  protected scalarNames(): string[] {
    return ["items"];
  }

  /** Excel reads collection.load("name") as "items/name". */
  override runLoad(paths: string[]): Delivery {
    return super.runLoad(
      paths.map((path) => (path === "items" || path.startsWith("items/") || path === "count" ? path : `items/${path}`)),
    );
  }

  protected override loadOne(models: M[], head: string, rests: string[]): Delivery {
    if (head === "count") {
      const count = models.length;
      return { size: 8, deliver: () => this.remember("count", count) };
    }
    // Excel checks the query itself, so a property newer than this Excel fails even on an empty collection.
    const itemType = this.typeName.replace(/Collection$/, "");
    rests.forEach((rest) => this.context.excel.checkApi(`${itemType}.${rest.split("/")[0]}`));
    const proxies = models.map((model) => this.item(model));
    return combine([
      ...proxies.map((proxy) => proxy.runLoad(rests)),
      { size: 0, deliver: () => this.remember("items", proxies) },
    ]);
  }

  /** A proxy already bound to its model. */
  protected bound<T extends FakeObject<M>>(proxy: T, model: M): T {
    proxy.bindTo(model);
    return proxy;
  }
}
