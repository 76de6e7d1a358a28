/**
 * The error and status bars, loaded on first use. Fluent's MessageBar brings its motion
 * library; leaving it out of the first load keeps the pane (with the Excel adapter)
 * under 150 KB of gzip JS. Until the chunk arrives, the same words show as plain text.
 */
import { Text } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { describeError } from "../Errors/describeError";
import type { ErrorBarProps } from "../Errors/ErrorBar";
import type { StatusBarProps } from "../Run/StatusBar";

const ErrorBar = lazy(() =>
  import(/* webpackChunkName: "notices", webpackPrefetch: true */ "../Errors/ErrorBar").then((m) => ({
    default: m.ErrorBar,
  })),
);
const StatusBar = lazy(() =>
  import(/* webpackChunkName: "notices", webpackPrefetch: true */ "../Run/StatusBar").then((m) => ({
    default: m.StatusBar,
  })),
);

export function ErrorNotice(props: ErrorBarProps) {
  const { title, advice } = describeError(props.error);
  return (
    <Suspense fallback={<Text role="alert">{`${title} ${advice}`}</Text>}>
      <ErrorBar {...props} />
    </Suspense>
  );
}

export function StatusNotice(props: StatusBarProps) {
  return (
    <Suspense fallback={<Text>{props.text}</Text>}>
      <StatusBar {...props} />
    </Suspense>
  );
}
