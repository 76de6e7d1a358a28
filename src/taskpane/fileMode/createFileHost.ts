/** File mode's entry point, loaded lazily by index.tsx when there is no Office host. */
import type { AssessmentHost } from "../../workbook/host";
import { FileHost } from "./FileHost";
import { startWorker } from "./startWorker";

export function createFileHost(): AssessmentHost {
  return new FileHost(startWorker());
}
