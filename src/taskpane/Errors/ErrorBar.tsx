/** Shows an error: what went wrong, where (sheet or file, column, row) and what to do. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { describeError } from "./describeError";

const useStyles = makeStyles({
  line: { display: "block", marginTop: tokens.spacingVerticalXS },
  bar: { alignItems: "flex-start" },
});

export interface ErrorBarProps {
  error: unknown;
  onDismiss?: () => void;
  /** A way on, e.g. "Write beside my sheet". */
  action?: { label: string; onClick: () => void };
}

export function ErrorBar({ error, onDismiss, action }: ErrorBarProps) {
  const styles = useStyles();
  const { title, where, advice, detail } = describeError(error);
  return (
    <MessageBar intent="error" layout="multiline" className={styles.bar} role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {where && (
          <Text className={styles.line}>
            <strong>Where:</strong> {where}
          </Text>
        )}
        {detail && <Text className={styles.line}>{detail}</Text>}
        <Text className={styles.line}>
          <strong>What to do:</strong> {advice}
        </Text>
      </MessageBarBody>
      {(onDismiss || action) && (
        <MessageBarActions>
          {action && (
            <Button appearance="primary" size="small" onClick={action.onClick}>
              {action.label}
            </Button>
          )}
          {onDismiss && (
            <Button appearance="secondary" size="small" onClick={onDismiss}>
              Dismiss
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
