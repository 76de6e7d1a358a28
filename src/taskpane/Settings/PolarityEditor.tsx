/** For which categories a rise is good news (e.g. reports of domestic abuse or hate crime). */
import { Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Polarity } from "../../engine/assessment/settings";

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    border: "none",
    margin: 0,
    padding: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
});

export interface PolarityEditorProps {
  categories: string[];
  polarity: Record<string, Polarity>;
  disabled: boolean;
  onChange(polarity: Record<string, Polarity>): void;
}

export function PolarityEditor({ categories, polarity, disabled, onChange }: PolarityEditorProps) {
  const styles = useStyles();
  // Categories set in saved settings stay listed even if the current data lacks them.
  const listed = [...categories, ...Object.keys(polarity).filter((c) => !categories.includes(c))];
  if (listed.length === 0) {
    return <Text>Categories come from your mapped table; a fall is read as good for each.</Text>;
  }
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>A rise is good for</legend>
      {listed.map((category) => (
        <Checkbox
          key={category}
          label={category}
          disabled={disabled}
          checked={polarity[category] === "higherIsBetter"}
          onChange={(_, data) => {
            const next = { ...polarity };
            if (data.checked === true) next[category] = "higherIsBetter";
            else delete next[category];
            onChange(next);
          }}
        />
      ))}
    </fieldset>
  );
}
