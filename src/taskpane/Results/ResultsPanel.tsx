/** Results: the headline findings, each with a way to its sheet, and the download in file mode. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, ArrowRightRegular } from "@fluentui/react-icons";
import type { RunResult } from "../../workbook/host";
import { Section } from "../App/Section";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  finding: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  sheet: { color: tokens.colorNeutralForeground2 },
});

export interface ResultsPanelProps {
  result: RunResult;
  goToSheet?: (sheetName: string) => void;
  onDownload?: () => void;
}

export function ResultsPanel({ result, goToSheet, onDownload }: ResultsPanelProps) {
  const styles = useStyles();
  return (
    <Section title="Results">
      {result.download && onDownload && (
        <div>
          <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={onDownload}>
            Download assessment workbook
          </Button>
        </div>
      )}
      {result.findings.length === 0 ? (
        <Text>No headline findings: see the sheets for the figures.</Text>
      ) : (
        <ol className={styles.list} aria-label="Headline findings">
          {result.findings.map((finding, index) => (
            <li key={index} className={styles.finding}>
              <Text>{finding.text}</Text>
              {goToSheet ? (
                <Button
                  appearance="transparent"
                  size="small"
                  icon={<ArrowRightRegular />}
                  iconPosition="after"
                  aria-label={`Go to ${finding.sheetName}: ${finding.text}`}
                  onClick={() => goToSheet(finding.sheetName)}
                >
                  Go to {finding.sheetName}
                </Button>
              ) : (
                <Text size={200} className={styles.sheet}>
                  Sheet: {finding.sheetName}
                </Text>
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
