/** Messages between the page (FileHost) and the file-mode worker. */
import { AssessmentError } from "../../engine/errors";
import type { Progress } from "../../workbook/host";
import type { ByteSource } from "./blobChunks";
import type { ColumnMapping } from "../../engine/extracts/types";
import type { SessionRunRequest } from "./engineSession";

/** What the worker is given to read: a File (it crosses postMessage without copying its bytes). */
export interface OpenedFile extends ByteSource {
  readonly name: string;
}

export type Call =
  | { type: "open"; files: OpenedFile[] }
  | { type: "discover" }
  | { type: "listAreas"; sourceIds: string[]; mappings: Record<string, ColumnMapping>; keepSourceIds?: string[] }
  | { type: "describeData"; sourceIds: string[]; mappings: Record<string, ColumnMapping>; keepSourceIds?: string[] }
  | { type: "run"; request: SessionRunRequest };

export type Request = (Call & { id: number }) | { id: number; type: "cancel" };

export interface SerializedError {
  name: string;
  message: string;
  advice?: string;
  source?: string;
  row?: number;
  column?: string;
  stack?: string;
}

export type Reply =
  | { id: number; type: "result"; value: unknown }
  | { id: number; type: "error"; error: SerializedError }
  | { id: number; type: "progress"; progress: Progress };

/** Errors cross postMessage as plain data; the class is rebuilt on the other side. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof AssessmentError) {
    const { name, message, advice, source, row, column } = error;
    return { name, message, advice, source, row, column };
  }
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: "Error", message: String(error) };
}

export function deserializeError(data: SerializedError): Error {
  if (data.name === "AssessmentError" && data.advice !== undefined) {
    return new AssessmentError(data.message, data.advice, { source: data.source, row: data.row, column: data.column });
  }
  const error = new Error(data.message);
  error.name = data.name;
  if (data.stack) error.stack = data.stack;
  return error;
}
