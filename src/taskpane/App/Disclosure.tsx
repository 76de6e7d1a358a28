/**
 * Show-more content behind a summary line. A native <details>: keyboard (Enter, Space)
 * and screen-reader support are built in, with no script in the first load.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: {
    cursor: "pointer",
    paddingBlock: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  small: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

export interface DisclosureProps {
  summary: string;
  size?: "small" | "medium";
  className?: string;
  children: ReactNode;
}

export function Disclosure({ summary, size = "medium", className, children }: DisclosureProps) {
  const styles = useStyles();
  return (
    <details className={mergeClasses(styles.details, className)}>
      <summary className={mergeClasses(styles.summary, size === "small" && styles.small)}>{summary}</summary>
      {children}
    </details>
  );
}
