/**
 * Offers bytes as a file download. It always makes a NEW file: ExcelJS drops the charts
 * of a workbook it reads, so rewriting the user's own file would lose them.
 */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function downloadWorkbook(fileName: string, data: Uint8Array, doc: Document = document): void {
  // Copy into a plain ArrayBuffer: a view over a SharedArrayBuffer is not a BlobPart.
  const blob = new Blob([new Uint8Array(data)], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Let the browser start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
