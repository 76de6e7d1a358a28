/** File mode: "Open workbook or CSV". The file stays on this computer and is never changed. */
import { Button } from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useRef } from "react";

export interface FileOpenerProps {
  disabled: boolean;
  onOpen(files: File[]): void;
}

export function FileOpener({ disabled, onOpen }: FileOpenerProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        appearance="primary"
        icon={<DocumentArrowUpRegular />}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        Open workbook or CSV
      </Button>
      {/* Hidden: the button above is the labelled, focusable control that opens it. */}
      <input
        ref={input}
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        multiple
        hidden
        aria-label="Workbook or CSV files"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = "";
          if (files.length) onOpen(files);
        }}
      />
    </>
  );
}
