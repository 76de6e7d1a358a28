/** One sheet, table or file: a checkbox to choose it, its format, rows, months and districts. */
import { Badge, Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnMapping } from "../../engine/extracts/types";
import type { DiscoveredSource } from "../../workbook/host";
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
});

export interface SourceItemProps {
  source: DiscoveredSource;
  chosen: boolean;
  mapping: ColumnMapping | undefined;
  disabled: boolean;
  onChoose(chosen: boolean): void;
  onMap(): void;
}

export function SourceItem({ source, chosen, mapping, disabled, onChoose, onMap }: SourceItemProps) {
  const styles = useStyles();
  const usable = source.format !== null || Boolean(mapping);
  const detailsId = `source-details-${source.id.replace(/[^\w-]/g, "_")}`;
  const months = monthsCovered(source);
  const mapLabel = mapping ? "Change column mapping" : "Map columns";
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
        <Badge appearance="tint" color={usable ? "brand" : "informative"} shape="rounded">
          {formatLabel(source.format, Boolean(mapping) && source.format === null)}
        </Badge>
        <Text size={200}>{rowsLabel(source.rows)}</Text>
        {months && <Text size={200}>{months}</Text>}
        {usable && source.districts.length > 0 && <Text size={200}>Districts: {shortList(source.districts)}</Text>}
      </div>
      {source.format === null && (
        <>
          {source.problem && !mapping && (
            <Text size={200} className={styles.problem}>
              {source.problem}
            </Text>
          )}
          <div className={styles.details}>
            <Button size="small" onClick={onMap} disabled={disabled} aria-label={`${mapLabel} of ${source.name}`}>
              {mapLabel}
            </Button>
          </div>
        </>
      )}
    </li>
  );
}
