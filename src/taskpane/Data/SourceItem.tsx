/**
 * One sheet, table or file: a checkbox to choose it, its format, rows, months and districts;
 * for a table not recognised, its column mapping, or a saved one that fits, in one click;
 * and when the last run left it out as a copy of another, why, with "Count it anyway".
 * A table Settings offers as a population or weights table says so, not why it is no extract.
 */
import { Badge, Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { ColumnMapping, SavedMapping } from "../../engine/extracts/types";
import type { DiscoveredSource, LeftOutSource } from "../../workbook/host";
import { WarningLine } from "../App/Notice";
import { formatLabel, monthsCovered, rowsLabel, shortList } from "./describeSource";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  details: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingInlineStart: tokens.spacingHorizontalXXL,
  },
  problem: { color: tokens.colorNeutralForeground2, paddingInlineStart: tokens.spacingHorizontalXXL },
  repeated: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingInlineStart: tokens.spacingHorizontalXXL,
  },
  /** Read by screen readers only: tells apart the "Count it anyway" boxes of several sources. */
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface SourceItemProps {
  source: DiscoveredSource;
  chosen: boolean;
  mapping: ColumnMapping | undefined;
  disabled: boolean;
  onChoose(chosen: boolean): void;
  onMap(): void;
  /** Saved mappings whose columns the table has, each offered as one click while it is not mapped. */
  savedMappings?: SavedMapping[];
  onUseSaved?(saved: SavedMapping): void;
  /** Why the last run did not count it, when it did not. */
  leftOut?: LeftOutSource;
  /** Counted even when it looks like a copy of another (RunRequest.keepSourceIds). */
  kept?: boolean;
  onKeep?(kept: boolean): void;
  /** One of a group's sources: the group names the format, so only rows, months and any problem show. */
  inGroup?: boolean;
  /** What Settings offers it as ("Population table"), when it is such a table and not mapped as crime data. */
  tableKind?: string;
}

export function SourceItem(props: SourceItemProps) {
  const { source, chosen, mapping, disabled, onChoose, onMap, inGroup = false } = props;
  const styles = useStyles();
  const usable = source.format !== null || Boolean(mapping);
  const detailsId = useId();
  const months = monthsCovered(source);
  const mapLabel = mapping ? "Change column mapping" : "Map columns";
  const asTable = !mapping && source.format === null ? props.tableKind : undefined;
  return (
    <li className={styles.item}>
      <Checkbox
        label={source.name}
        checked={chosen && usable}
        disabled={disabled || !usable}
        aria-describedby={detailsId}
        onChange={(_, data) => onChoose(data.checked === true)}
      />
      <div id={detailsId} className={styles.details}>
        {!inGroup && (
          <Badge appearance="tint" color={usable ? "brand" : "informative"} shape="rounded">
            {asTable ?? formatLabel(source.format, Boolean(mapping) && source.format === null)}
          </Badge>
        )}
        <Text size={200}>{rowsLabel(source.rows)}</Text>
        {months && <Text size={200}>{months}</Text>}
        {!inGroup && usable && source.districts.length > 0 && (
          <Text size={200}>Districts: {shortList(source.districts)}</Text>
        )}
      </div>
      {source.format !== null && source.problem && (
        <Text size={200} className={styles.problem}>
          {source.problem}
        </Text>
      )}
      {source.format === null && (
        <>
          {asTable ? (
            <Text size={200} className={styles.problem}>
              Not crime data: choose it in Settings as the {asTable.toLowerCase()}.
            </Text>
          ) : (
            source.problem &&
            !mapping && (
              <Text size={200} className={styles.problem}>
                {source.problem}
              </Text>
            )
          )}
          <div className={styles.details}>
            {!mapping &&
              props.savedMappings?.map((saved) => (
                <Button
                  key={saved.name}
                  size="small"
                  appearance="primary"
                  disabled={disabled}
                  aria-label={`Use the saved mapping ${saved.name} for ${source.name}`}
                  onClick={() => props.onUseSaved?.(saved)}
                >
                  Use the saved mapping {saved.name}
                </Button>
              ))}
            <Button size="small" onClick={onMap} disabled={disabled} aria-label={`${mapLabel} of ${source.name}`}>
              {mapLabel}
            </Button>
          </div>
        </>
      )}
      <RepeatedSource {...props} />
    </li>
  );
}

/** Why the last run left the source out, and the choice to count it anyway. */
function RepeatedSource({ source, leftOut, kept = false, disabled, onKeep }: SourceItemProps) {
  const styles = useStyles();
  const reasonId = useId();
  const canKeep = onKeep !== undefined && (leftOut?.kind === "copy" || kept);
  if (!leftOut && !canKeep) return null;
  return (
    <div className={styles.repeated}>
      <span id={reasonId}>
        {leftOut ? (
          <WarningLine size={200}>Last run: {leftOut.reason}.</WarningLine>
        ) : (
          <Text size={200}>Counted even though it may repeat crimes in another source.</Text>
        )}
      </span>
      {canKeep && (
        <Checkbox
          label={
            <>
              Count it anyway<span className={styles.visuallyHidden}> ({source.name})</span>
            </>
          }
          checked={kept}
          disabled={disabled}
          aria-describedby={reasonId}
          onChange={(_, data) => onKeep!(data.checked === true)}
        />
      )}
    </div>
  );
}
