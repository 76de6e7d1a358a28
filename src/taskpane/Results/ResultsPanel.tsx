/**
 * Results: page 1 of the assessment as the Summary sheet says it (title, the warnings to
 * read first, the short sentences, each with a way to its sheet), the longer findings
 * behind "More findings", and the download in file mode.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, ArrowRightRegular } from "@fluentui/react-icons";
import type { Finding, RunResult, RunSummary } from "../../workbook/host";
import { Disclosure } from "../App/Disclosure";
import { WarningLine } from "../App/Notice";
import { Section } from "../App/Section";

const useStyles = makeStyles({
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  warnings: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorStatusWarningBorder2}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
    "@media (forced-colors: active)": { borderLeftColor: "CanvasText" },
  },
  plainList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  finding: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
});

export interface ResultsPanelProps {
  result: RunResult;
  goToSheet?: (sheetName: string) => void;
  onDownload?: () => void;
}

export function ResultsPanel({ result, goToSheet, onDownload }: ResultsPanelProps) {
  const styles = useStyles();
  const { summary } = result;
  return (
    <Section title="Results">
      {result.download && onDownload && (
        <div>
          <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={onDownload}>
            Download assessment workbook
          </Button>
        </div>
      )}
      <h3 className={styles.title}>{summary.title}</h3>
      <Text size={200} className={styles.muted}>
        {summary.produced ? `${summary.produced}. ` : ""}Data: {summary.data}.
      </Text>
      {summary.warnings.length > 0 && <SummaryWarnings warnings={summary.warnings} />}
      <h4 className={styles.subheading}>Key points</h4>
      <SentenceList label="Key points" items={summary.sentences} ordered={false} goToSheet={goToSheet} />
      {result.findings.length > 0 && (
        <Disclosure summary={`More findings (${result.findings.length})`}>
          <SentenceList label="More findings" items={result.findings} ordered goToSheet={goToSheet} />
        </Disclosure>
      )}
    </Section>
  );
}

/** Shown before the sentences, as on the Summary sheet: coverage and data-quality warnings. */
function SummaryWarnings({ warnings }: Pick<RunSummary, "warnings">) {
  const styles = useStyles();
  return (
    <div className={styles.warnings}>
      <h4 className={styles.subheading}>Read this first</h4>
      <ul className={styles.plainList} aria-label="Read this first">
        {warnings.map((warning, index) => (
          <li key={index}>
            <WarningLine>{warning}</WarningLine>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface SentenceListProps {
  label: string;
  items: Finding[];
  ordered: boolean;
  goToSheet?: (sheetName: string) => void;
}

/** Sentences, each with a button to its sheet in Excel, or the sheet's name in file mode. */
function SentenceList({ label, items, ordered, goToSheet }: SentenceListProps) {
  const styles = useStyles();
  const List = ordered ? "ol" : "ul";
  return (
    <List className={styles.list} aria-label={label}>
      {items.map((item, index) => (
        <li key={index} className={styles.finding}>
          <Text>{item.text}</Text>
          {goToSheet ? (
            <Button
              appearance="transparent"
              size="small"
              icon={<ArrowRightRegular />}
              iconPosition="after"
              aria-label={`Go to ${item.sheetName}: ${item.text}`}
              onClick={() => goToSheet(item.sheetName)}
            >
              Go to {item.sheetName}
            </Button>
          ) : (
            <Text size={200} className={styles.muted}>
              Sheet: {item.sheetName}
            </Text>
          )}
        </li>
      ))}
    </List>
  );
}
