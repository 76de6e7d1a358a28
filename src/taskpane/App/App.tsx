/** The root: Fluent's provider with the Office (or system) light or dark theme, around the pane. */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { AssessmentHost } from "../../workbook/host";
import type { ColourScheme } from "../theme/colourScheme";
import { Pane } from "./Pane";

export interface AppProps {
  host: AssessmentHost;
  colourScheme: ColourScheme;
}

export function App({ host, colourScheme }: AppProps) {
  return (
    <FluentProvider theme={colourScheme === "dark" ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      <Pane host={host} />
    </FluentProvider>
  );
}
