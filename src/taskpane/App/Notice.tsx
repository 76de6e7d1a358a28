/**
 * A line the reader must not miss (a warning or a caution): an icon and its words, never
 * colour alone. The icon is decorative; the text says what it is.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { WarningRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  line: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  icon: {
    flexShrink: 0,
    marginBlockStart: tokens.spacingVerticalXXS,
    color: tokens.colorStatusWarningForeground1,
    "@media (forced-colors: active)": { color: "CanvasText" },
  },
});

export function WarningLine({ children, size = 300 }: { children: ReactNode; size?: 200 | 300 }) {
  const styles = useStyles();
  return (
    <span className={styles.line}>
      <WarningRegular className={styles.icon} aria-hidden fontSize={size === 200 ? 16 : 20} />
      <Text size={size}>{children}</Text>
    </span>
  );
}
