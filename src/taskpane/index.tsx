/**
 * Mounts the pane once Office.js is ready. Inside Excel the pane talks to the workbook
 * through the Office adapter; as a plain web page (no host, or Office.js blocked) it runs
 * in file mode on a file the user opens. Both are loaded lazily to keep the first load small.
 */
import { createRoot } from "react-dom/client";
import type { AssessmentHost } from "../workbook/host";
import { App } from "./App/App";
import { useColourScheme } from "./theme/useColourScheme";

async function excelHost(): Promise<AssessmentHost> {
  const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ "../workbook/office");
  return createExcelHost();
}

async function fileHost(): Promise<AssessmentHost> {
  const { createFileHost } = await import(/* webpackChunkName: "file-mode" */ "./fileMode/createFileHost");
  return createFileHost();
}

function Root({ host, officeBodyBackground }: { host: AssessmentHost; officeBodyBackground?: string }) {
  return <App host={host} colourScheme={useColourScheme(officeBodyBackground)} />;
}

/** Office.context.officeTheme is missing in some hosts (and throws in a few older ones). */
function officeThemeBackground(): string | undefined {
  try {
    return Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}

/**
 * Outside Office, office.js still opens a hidden Microsoft telemetry frame 3 s after it
 * loads (OSF.Logger.ulsEndpoint in o15apptofilemappingtable.js). File mode promises that
 * nothing leaves the computer, so the frame is stopped: its loader skips when a frame
 * exists. Undocumented internals; the end-to-end test fails if a request escapes again.
 */
interface OfficeInternals {
  OSF?: {
    Logger?: { ulsEndpoint?: { proxyFrame: unknown } | null };
    AppTelemetry?: { enableTelemetry: boolean };
  };
}

function stopOfficeTelemetryOutsideOffice(): void {
  const osf = (window as OfficeInternals).OSF;
  const endpoint = osf?.Logger?.ulsEndpoint;
  if (endpoint && endpoint.proxyFrame == null) endpoint.proxyFrame = {};
  if (osf?.AppTelemetry) osf.AppTelemetry.enableTelemetry = false;
}

/** If the pane cannot start at all (e.g. a chunk failed to load), say so in plain text. */
function showStartFailure(container: HTMLElement, error: unknown): void {
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = `Strategic Assessment could not start (${error instanceof Error ? error.message : String(error)}). Close the pane and open it again; if it happens again, check the add-in's web address is reachable.`;
  container.replaceChildren(message);
}

async function start(inExcel: boolean): Promise<void> {
  if (!inExcel) stopOfficeTelemetryOutsideOffice();
  const container = document.getElementById("container");
  if (!container) return;
  let host: AssessmentHost;
  try {
    host = inExcel ? await excelHost() : await fileHost();
  } catch (error) {
    showStartFailure(container, error);
    return;
  }
  const officeBodyBackground = inExcel ? officeThemeBackground() : undefined;
  createRoot(container).render(<Root host={host} officeBodyBackground={officeBodyBackground} />);
}

// Office.js may be blocked (some council networks); the pane still works in file mode then.
if (typeof Office === "undefined") {
  void start(false);
} else {
  Office.onReady((info) => void start(info.host === Office.HostType.Excel));
}
