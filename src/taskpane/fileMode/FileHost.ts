/** AssessmentHost for the browser with no Office: the user's files, read in a worker. */
import type { DataDescription } from "../../engine/assessment/dataDescription";
import type { ColumnMapping } from "../../engine/extracts/types";
import type { DiscoveredSource, RunRequest, RunResult, SavedSettings } from "../../workbook/host";
import type { FileOpeningHost } from "./canOpenFiles";
import type { OpenedFile } from "./protocol";
import { WorkerClient, type WorkerPort } from "./workerClient";

export class FileHost implements FileOpeningHost {
  readonly mode = "file" as const;
  private readonly client: WorkerClient;

  constructor(port: WorkerPort) {
    this.client = new WorkerClient(port);
  }

  async openFiles(files: OpenedFile[]): Promise<void> {
    await this.client.call<DiscoveredSource[]>({ type: "open", files });
  }

  discover(): Promise<DiscoveredSource[]> {
    return this.client.call({ type: "discover" });
  }

  listAreas(sourceIds: string[], mappings: Record<string, ColumnMapping>, keepSourceIds?: string[]): Promise<string[]> {
    return this.client.call({
      type: "listAreas",
      sourceIds,
      mappings,
      ...(keepSourceIds?.length && { keepSourceIds }),
    });
  }

  describeData(
    sourceIds: string[],
    mappings: Record<string, ColumnMapping>,
    keepSourceIds?: string[],
  ): Promise<DataDescription> {
    return this.client.call({
      type: "describeData",
      sourceIds,
      mappings,
      ...(keepSourceIds?.length && { keepSourceIds }),
    });
  }

  /**
   * A file opened in the browser carries no saved settings; each visit starts afresh. Column
   * mappings saved by name are kept by the pane for the session.
   */
  async loadSavedSettings(): Promise<SavedSettings | null> {
    return null;
  }

  run(request: RunRequest): Promise<RunResult> {
    const { sourceIds, settings, mappings, populationSourceId, weightsSourceId, keepSourceIds, onProgress, signal } =
      request;
    const call = {
      sourceIds,
      settings,
      mappings,
      ...(populationSourceId && { populationSourceId }),
      ...(weightsSourceId && { weightsSourceId }),
      ...(keepSourceIds?.length && { keepSourceIds }),
    };
    return this.client.call({ type: "run", request: call }, { onProgress, signal });
  }
}
