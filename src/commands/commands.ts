/**
 * The ribbon's function file. The Home-tab button only opens the task pane (a ShowTaskpane
 * action in the manifest), so no command is needed yet; `Office.actions.associate` is where a
 * future ExecuteFunction button would register its handler.
 */
Office.onReady(() => {
  // Nothing to prepare: Office needs the function file to load before it shows the ribbon.
});

/** Completes a ribbon command so Office stops showing it as busy. */
export function completeCommand(event: Office.AddinCommands.Event): void {
  event.completed();
}

if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("completeCommand", completeCommand);
}
