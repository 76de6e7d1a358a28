/** A short outcome of a run: cancelled (info) or done (success). */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface StatusBarProps {
  intent: "info" | "success";
  text: string;
}

export function StatusBar({ intent, text }: StatusBarProps) {
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
