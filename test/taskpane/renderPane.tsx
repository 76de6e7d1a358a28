/** Renders the whole pane around a host, as index.tsx does, with a user-event session. */
import "./jsdomGaps";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RendererProvider, createDOMRenderer } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App/App";
import type { AssessmentHost } from "../../src/workbook/host";

// Fluent's class rules go to a detached document: jsdom's getComputedStyle (used by every
// role and name query) walks all style rules, and hundreds of them make each query slow.
const offscreenStyles = createDOMRenderer(document.implementation.createHTMLDocument("styles"));

export function renderPane(host: AssessmentHost) {
  const user = userEvent.setup();
  const view = render(
    <RendererProvider renderer={offscreenStyles}>
      <App host={host} colourScheme="light" />
    </RendererProvider>
  );
  return { user, ...view };
}
