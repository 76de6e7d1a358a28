/**
 * A small fake of the Excel JavaScript API object model, for testing the Office
 * adapter in Node. It enforces the rules that bite in real Excel: load-then-sync
 * before reading, exact value shapes, sheet and table naming rules, the 5 MB
 * request/response limits, and partial application of a failed batch.
 */
export {
  FakeExcel,
  FakeContext,
  PAYLOAD_LIMIT_BYTES,
  READ_CELL_LIMIT,
  type FakeExcelOptions,
  type SyncRecord,
} from "./context";
export { FakeExcelError, type FakeErrorCode } from "./errors";
export * from "./model";
export { snapshotWorkbook, sheetValues } from "./snapshot";
