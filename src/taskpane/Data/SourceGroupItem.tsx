/**
 * A format's sources as one entry: one checkbox chooses or clears them all (mixed when
 * some are chosen), with their span, rows and the months absent; each source, with its
 * own checkbox, months, rows and any problem, is behind "Each of the 24 files".
 */
import { Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { ColumnMapping } from "../../engine/extracts/types";
import type { LeftOutSource } from "../../workbook/host";
import { Disclosure } from "../App/Disclosure";
import { WarningLine } from "../App/Notice";
import { SourceItem } from "./SourceItem";
import { chosenLabel, groupChecked, type SourceGroup } from "./sourceGroups";

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
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    paddingInlineStart: tokens.spacingHorizontalXXL,
  },
  facts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  members: { paddingInlineStart: tokens.spacingHorizontalXXL },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface SourceGroupItemProps {
  group: SourceGroup;
  selectedIds: string[];
  mappings: Record<string, ColumnMapping>;
  disabled: boolean;
  leftOut: LeftOutSource[];
  keepSourceIds: string[];
  onChoose(id: string, chosen: boolean): void;
  onKeep(id: string, kept: boolean): void;
}

export function SourceGroupItem(props: SourceGroupItemProps) {
  const { group, selectedIds, disabled, leftOut } = props;
  const styles = useStyles();
  const detailsId = useId();
  const checked = groupChecked(group, selectedIds);
  const chosen = chosenLabel(group, selectedIds);
  const notCounted = group.sources.filter((s) => leftOut.some((l) => l.sourceId === s.id)).length;
  return (
    <li className={styles.item}>
      <Checkbox
        label={group.label}
        checked={checked}
        disabled={disabled}
        aria-describedby={detailsId}
        // A mixed box chooses them all, as a ticked one clears them.
        onChange={() => group.sources.forEach((s) => props.onChoose(s.id, checked !== true))}
      />
      <div id={detailsId} className={styles.details}>
        <div className={styles.facts}>
          {group.span && <Text size={200}>{group.span}</Text>}
          <Text size={200}>{group.rows}</Text>
          {chosen && <Text size={200}>{chosen}</Text>}
        </div>
        {group.absent && <WarningLine size={200}>{group.absent}</WarningLine>}
        {notCounted > 0 && (
          <WarningLine size={200}>
            {notCounted} not counted by the last run, as {notCounted === 1 ? "it repeats" : "they repeat"} another: see
            each below.
          </WarningLine>
        )}
      </div>
      <Disclosure summary={`Each of the ${group.sources.length} ${group.noun}`} size="small" className={styles.members}>
        <ul className={styles.list} aria-label={`Each of the ${group.sources.length} ${group.noun}`}>
          {group.sources.map((source) => (
            <SourceItem
              key={source.id}
              source={source}
              chosen={selectedIds.includes(source.id)}
              mapping={props.mappings[source.id]}
              disabled={disabled}
              onChoose={(on) => props.onChoose(source.id, on)}
              onMap={() => undefined}
              leftOut={leftOut.find((l) => l.sourceId === source.id)}
              kept={props.keepSourceIds.includes(source.id)}
              onKeep={(kept) => props.onKeep(source.id, kept)}
              inGroup
            />
          ))}
        </ul>
      </Disclosure>
    </li>
  );
}
