/** Renders the whole pane around a host, as index.tsx does, with a user-event session. */
import "./jsdomGaps";
import { render, screen, waitFor } from "@testing-library/react";
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
    </RendererProvider>,
  );
  return { user, ...view };
}

/**
 * The error bar, once its lazily loaded MessageBar has replaced the plain-text stand-in
 * (the stand-in has no "What to do:" label).
 */
export async function findErrorBar(): Promise<HTMLElement> {
  await screen.findByText("What to do:");
  return screen.getByRole("alert");
}

/** Waits until the text shows (a lazily loaded notice may replace its stand-in meanwhile). */
export async function expectToSee(text: string): Promise<void> {
  await waitFor(() => expect(screen.getByText(text)).toBeInTheDocument());
}
