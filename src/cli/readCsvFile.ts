/** Streams a CSV file through the engine's chunked byte reader. */
import { open } from "fs/promises";
import { basename } from "path";
import { CsvExtractReader, type ColumnMapping, type ExtractReader } from "../engine/extracts";

/**
 * 4 MB at a time into one reused buffer: fs.createReadStream allocates a new
 * buffer for every chunk, which measured 86 ms against 13 ms here for a 225 MB
 * file. The reader copies what it keeps, so reusing the buffer is safe.
 */
const CHUNK_BYTES = 4 << 20;

/** `mapping`: the user's column mapping, used when the file has its columns. */
export async function readCsvFile(reader: ExtractReader, path: string, mapping?: ColumnMapping): Promise<void> {
  const handle = await open(path, "r");
  const csv = new CsvExtractReader(reader, basename(path), { mapping, expectedBytes: (await handle.stat()).size });
  try {
    const buffer = new Uint8Array(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      csv.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  csv.end();
}
