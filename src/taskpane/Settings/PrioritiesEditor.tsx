/**
 * Priorities (themes): add, rename and remove them, each a set of rules chosen from what
 * the chosen data holds, with a polarity; and the partnerships' usual themes, suggested
 * where the data allows them and added only on the user's click.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, LightbulbRegular } from "@fluentui/react-icons";
import { useMemo, useRef, useState } from "react";
import type { DataDescription } from "../../engine/assessment/dataDescription";
import type { PriorityDefinition } from "../../engine/assessment/settings";
import {
  coarseNote,
  isDefined,
  prioritiesReducer,
  problemsOf,
  ruleChoices,
  suggestPriorities,
  type PrioritiesAction,
} from "./priorities";
import { PriorityRow } from "./PriorityRow";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  suggestions: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  suggestion: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingBlockEnd: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface PrioritiesEditorProps {
  priorities: PriorityDefinition[];
  /** What the chosen data holds; null while none is chosen. */
  data: DataDescription | null;
  disabled: boolean;
  onChange(priorities: PriorityDefinition[]): void;
}

export function PrioritiesEditor({ priorities, data, disabled, onChange }: PrioritiesEditorProps) {
  const styles = useStyles();
  const choices = useMemo(() => ruleChoices(data), [data]);
  const problems = useMemo(() => problemsOf(priorities, data), [priorities, data]);
  const [suggesting, setSuggesting] = useState(false);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const dispatch = (action: PrioritiesAction) => {
    onChange(prioritiesReducer(priorities, action));
    setFocusIndex(action.type === "add" ? priorities.length : null);
    // The removed priority's controls are gone: the focus goes back to Add priority.
    if (action.type === "remove") addButton.current?.focus();
  };

  return (
    <div className={styles.list} role="group" aria-labelledby="priorities-heading">
      <h3 id="priorities-heading" className={styles.heading}>
        Priorities
      </h3>
      {priorities.length === 0 && (
        <Text>
          No priorities. A priority (theme) is a set of categories, offence groups, subgroups, codes or flags, reported
          like a category.
        </Text>
      )}
      {priorities.map((priority, index) => (
        <PriorityRow
          // Priorities are renamed as they are edited; the position is the identity while editing.
          key={index}
          index={index}
          priority={priority}
          choices={choices}
          problem={problems[index]}
          coarse={coarseNote(priority, data)}
          disabled={disabled}
          focusName={focusIndex === index}
          dispatch={dispatch}
        />
      ))}
      <div className={styles.actions}>
        <Button ref={addButton} icon={<AddRegular />} disabled={disabled} onClick={() => dispatch({ type: "add" })}>
          Add priority
        </Button>
        <Button
          icon={<LightbulbRegular />}
          disabled={disabled || !data}
          aria-expanded={suggesting}
          onClick={() => setSuggesting((open) => !open)}
        >
          Suggest priorities
        </Button>
      </div>
      {suggesting && data && (
        <Suggestions data={data} priorities={priorities} disabled={disabled} dispatch={dispatch} />
      )}
    </div>
  );
}

interface SuggestionsProps {
  data: DataDescription;
  priorities: PriorityDefinition[];
  disabled: boolean;
  dispatch(action: PrioritiesAction): void;
}

/** The usual themes: each with what it is built from (or what it needs), added on a click. */
function Suggestions({ data, priorities, disabled, dispatch }: SuggestionsProps) {
  const styles = useStyles();
  return (
    <ul className={styles.suggestions} aria-label="Suggested priorities">
      {suggestPriorities(data).map(({ name, definition, why }) => {
        const added = isDefined(priorities, name);
        return (
          <li key={name} className={styles.suggestion}>
            <Text weight="semibold">{name}</Text>
            <Text size={200}>{why}</Text>
            {definition && (
              <Button
                size="small"
                icon={<AddRegular />}
                disabled={disabled}
                // Still focusable once added, so the focus is not lost from the list.
                disabledFocusable={added}
                onClick={() => dispatch({ type: "addSuggested", definition })}
              >
                {added ? `${name} added` : `Add ${name}`}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
