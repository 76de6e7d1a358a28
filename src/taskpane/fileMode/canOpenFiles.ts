/** A host that can be given files to read: the browser's file mode. */
import type { AssessmentHost } from "../../workbook/host";

export interface FileOpeningHost extends AssessmentHost {
  openFiles(files: File[]): Promise<void>;
}

export function canOpenFiles(host: AssessmentHost): host is FileOpeningHost {
  return typeof (host as Partial<FileOpeningHost>).openFiles === "function";
}
