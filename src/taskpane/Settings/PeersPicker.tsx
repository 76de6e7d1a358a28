/**
 * The area's most similar group: a Fluent TagPicker (a combobox the user types into to
 * filter the areas, chosen peers shown as removable tags; Tab, arrows, Enter, Backspace
 * and Delete all work, and each part has a role) offering the areas the data hold, less
 * the focus area. A peer saved earlier that the data no longer hold stays shown, marked.
 * Loaded lazily: the picker's popup positioning stays out of the first load.
 */
import {
  Button,
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  makeStyles,
  tokens,
  useTagPickerFilter,
} from "@fluentui/react-components";
import { useState } from "react";
import { foldPlaceName } from "../../engine/lookups/placeNames";
import { WarningLine } from "../App/Notice";
import { shortList } from "../Data/describeSource";
import { peerChoices, peersNotInData } from "./peers";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", justifyContent: "flex-end" },
});

export interface PeersPickerProps {
  peers: string[];
  /** The areas the chosen data hold (areaChoices). */
  areas: string[];
  area: string;
  /** Whether a population table is chosen: peers are compared by rate per 1,000. */
  hasPopulation: boolean;
  disabled: boolean;
  onChange(peers: string[]): void;
}

const NO_MATCH = "";

export function PeersPicker({ peers, areas, area, hasPopulation, disabled, onChange }: PeersPickerProps) {
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const missing = peersNotInData(peers, areas);
  const chosen = new Set(peers.map(foldPlaceName));
  const options = useTagPickerFilter({
    query,
    options: peerChoices(areas, area),
    noOptionsElement: <TagPickerOption value={NO_MATCH}>No area in the data matches</TagPickerOption>,
    renderOption: (option) => (
      <TagPickerOption key={option} value={option}>
        {option}
      </TagPickerOption>
    ),
    filter: (option) => !chosen.has(foldPlaceName(option)) && foldPlaceName(option).includes(foldPlaceName(query)),
  });
  const hint = hasPopulation
    ? "Type to find an area. Each category's rate per 1,000 is compared with the group's."
    : "Type to find an area. Peers are compared by rate per 1,000: choose a population table too.";
  return (
    <div className={styles.picker}>
      <Field label="Peers (most similar group)" hint={hint}>
        <TagPicker
          selectedOptions={peers}
          disabled={disabled}
          onOptionSelect={(_, data) => {
            if (data.value === NO_MATCH) return;
            onChange(data.selectedOptions);
            setQuery("");
          }}
        >
          <TagPickerControl>
            <TagPickerGroup aria-label="Chosen peers">
              {peers.map((peer) => (
                <Tag key={peer} value={peer} shape="rounded">
                  {missing.includes(peer) ? `${peer} (not in the data)` : peer}
                </Tag>
              ))}
            </TagPickerGroup>
            <TagPickerInput value={query} onChange={(event) => setQuery(event.target.value)} />
          </TagPickerControl>
          <TagPickerList>{options}</TagPickerList>
        </TagPicker>
      </Field>
      {missing.length > 0 && (
        <WarningLine size={200}>
          Not in the chosen data: {shortList(missing)}. The assessment names {missing.length === 1 ? "it" : "them"} and
          leaves {missing.length === 1 ? "it" : "them"} out.
        </WarningLine>
      )}
      <div className={styles.actions}>
        <Button size="small" disabled={disabled || peers.length === 0} onClick={() => onChange([])}>
          Clear all peers
        </Button>
      </div>
    </div>
  );
}
