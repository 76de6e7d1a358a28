/**
 * Errors as Office.js raises them: an Error with a `code` such as "InvalidArgument"
 * (OfficeExtension.Error). The adapter decides what to do from the code alone.
 */
export type FakeErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InvalidObjectPath";

export class FakeExcelError extends Error {
  readonly code: FakeErrorCode;
  constructor(code: FakeErrorCode, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
  }
}

export function notLoaded(property: string): FakeExcelError {
  return new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
