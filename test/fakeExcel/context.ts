/**
 * The request context and the Excel.run entry. Proxies queue commands; sync() runs
 * them in order against the model, as Excel does: a command that fails stops the
 * batch, and the commands before it stay applied (Excel has no transactions).
 */
import { FakeExcelError, type FakeErrorCode } from "./errors";
import { excelApiSince, versionAtLeast } from "./requirements";
import type { WorkbookModel } from "./model";
import { newWorkbook } from "./model";
import { Workbook } from "./workbook";

/**
 * Excel's limit on one request and on one response: 5 MB, counted in bytes of the
 * UTF-8 request, not in characters. https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/** Above this many cells Excel returns no values for a range read (null here). */
export const READ_CELL_LIMIT = 5_000_000;

/** A loaded value waiting for the response: applied only if the whole response fits. */
export interface Delivery {
  size: number;
  deliver(): void;
}

export interface Command {
  /** e.g. "worksheets.add", "range.values", "chart.setPosition" */
  op: string;
  /** Approximate request bytes: the JSON size of what the command sends. */
  size: number;
  run(): Delivery | void;
}

export interface SyncRecord {
  number: number;
  operations: string[];
  requestBytes: number;
  responseBytes: number;
  failed?: string;
}

interface Failure {
  code: FakeErrorCode;
  atSync?: number;
  /** With atSync: how many of that sync's commands run before it fails (0: none; more than it has: all). */
  afterOperations?: number;
  operation?: string;
  occurrence?: number;
}

/** Bytes of a value as it travels: UTF-8 JSON ("é" is 2 bytes, "€" 3). */
export function jsonSize(value: unknown): number {
  const json = value === undefined ? undefined : JSON.stringify(value);
  return json === undefined ? 0 : Buffer.byteLength(json, "utf8");
}

export interface FakeExcelOptions {
  /**
   * The newest ExcelApi requirement set this Excel supports (default "1.7", the manifest's
   * minimum): newer APIs fail the sync with ApiNotFound, and isSetSupported says so.
   */
  excelApi?: string;
}

/** One fake Excel session around one workbook: counts syncs and injects failures. */
export class FakeExcel {
  readonly model: WorkbookModel;
  readonly excelApi: string;
  readonly syncs: SyncRecord[] = [];
  /** Calls of application.suspendApiCalculationUntilNextSync, by sync number. */
  readonly calculationSuspendedAt: number[] = [];
  /** Every range whose values were read, in order (including reads whose response was then refused). */
  readonly valueReads: { sheet: string; r0: number; c0: number; rows: number; cols: number }[] = [];
  private readonly failures: Failure[] = [];
  private readonly operationCounts = new Map<string, number>();

  constructor(model: WorkbookModel = newWorkbook(), options: FakeExcelOptions = {}) {
    this.model = model;
    this.excelApi = options.excelApi ?? "1.7";
  }

  /** Office.context.requirements.isSetSupported, answered for this Excel. */
  isSetSupported(name: string, version = "1.1"): boolean {
    return name === "ExcelApi" && versionAtLeast(this.excelApi, version);
  }

  /** Throws as Excel does when an API is newer than this Excel (call while a command runs). */
  checkApi(api: string): void {
    const since = excelApiSince(api);
    if (!this.isSetSupported("ExcelApi", since)) {
      throw new FakeExcelError(
        "ApiNotFound",
        `The API you are trying to use could not be found (${api} needs ExcelApi ${since}; this Excel has ${this.excelApi}).`,
      );
    }
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** The Nth sync from now on (1-based, counting every sync of this session) fails before running anything. */
  failAtSync(syncNumber: number, code: FakeErrorCode = "GeneralException"): void {
    this.failAfter(syncNumber, 0, code);
  }

  /**
   * The Nth sync runs its first `operations` commands, which stay applied, then fails: Excel
   * cut off at any point of a batch. With `operations` at or past the batch's length, the
   * whole batch is applied and the sync still fails (the response was lost).
   */
  failAfter(syncNumber: number, operations: number, code: FakeErrorCode = "GeneralException"): void {
    this.failures.push({ code, atSync: syncNumber, afterOperations: operations });
  }

  /** The Nth time an operation runs (e.g. "charts.add"), it fails; earlier commands of that batch stay applied. */
  failOnOperation(operation: string, occurrence = 1, code: FakeErrorCode = "GeneralException"): void {
    this.failures.push({ code, operation, occurrence });
  }

  /** Excel.run: a fresh context per batch, and a final sync of anything still queued. */
  readonly run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    try {
      const result = await batch(context);
      if (context.hasPending) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };

  /** Forgets failures planned but not reached. */
  clearFailures(): void {
    this.failures.length = 0;
  }

  /** For FakeContext only: the failure planned for this sync, as how many commands run before it. */
  takeSyncFailure(syncNumber: number): { code: FakeErrorCode; afterOperations: number } | null {
    const index = this.failures.findIndex((f) => f.atSync === syncNumber);
    if (index < 0) return null;
    const [{ code, afterOperations = 0 }] = this.failures.splice(index, 1);
    return { code, afterOperations };
  }

  /** For FakeContext only: whether this run of an operation is the one planned to fail. */
  takeOperationFailure(operation: string): FakeErrorCode | null {
    const seen = (this.operationCounts.get(operation) ?? 0) + 1;
    this.operationCounts.set(operation, seen);
    const index = this.failures.findIndex((f) => f.operation === operation && f.occurrence === seen);
    return index < 0 ? null : this.failures.splice(index, 1)[0].code;
  }
}

export class FakeContext {
  readonly workbook: Workbook;
  private queue: Command[] = [];
  private closed = false;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new Workbook(this);
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** For APIs that queue no command of their own (getRangeByIndexes...): the sync fails here if Excel lacks them. */
  requireApi(api: string): void {
    if (!this.excel.isSetSupported("ExcelApi", excelApiSince(api)))
      this.enqueue({ op: api, size: 0, run: () => this.excel.checkApi(api) });
  }

  enqueue(command: Command): void {
    if (this.closed) {
      throw new FakeExcelError("InvalidObjectPath", "The object was created in an Excel.run batch that has ended.");
    }
    this.queue.push(command);
  }

  close(): void {
    this.closed = true;
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      number: this.excel.syncs.length + 1,
      operations: commands.map((command) => command.op),
      requestBytes: commands.reduce((sum, command) => sum + command.size, 0),
      responseBytes: 0,
    };
    this.excel.syncs.push(record);
    await Promise.resolve();
    try {
      this.execute(commands, record);
    } catch (error) {
      record.failed = (error as FakeExcelError).code ?? "Error";
      throw error;
    }
  }

  private execute(commands: Command[], record: SyncRecord): void {
    const cut = this.excel.takeSyncFailure(record.number);
    const cutOff = () => new FakeExcelError(cut!.code, `Injected failure at sync ${record.number}.`);
    if (cut?.afterOperations === 0) throw cutOff();
    if (record.requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    const deliveries: Delivery[] = [];
    for (const [index, command] of commands.entries()) {
      if (cut && index === cut.afterOperations) throw cutOff();
      const code = this.excel.takeOperationFailure(command.op);
      if (code) throw new FakeExcelError(code, `Injected failure in ${command.op}.`);
      if (command.op === "application.suspendApiCalculationUntilNextSync") {
        this.excel.calculationSuspendedAt.push(record.number);
      }
      const delivery = command.run();
      if (delivery) deliveries.push(delivery);
    }
    if (cut) throw cutOff();
    record.responseBytes = deliveries.reduce((sum, delivery) => sum + delivery.size, 0);
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    deliveries.forEach((delivery) => delivery.deliver());
  }
}
