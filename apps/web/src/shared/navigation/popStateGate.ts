/**
 * Lets a page hold back the browser's back and forward buttons (popstate) before the router sees them. Listeners on
 * `window` run in the order they were added, so main.tsx installs this one before BrowserRouter adds its own; a
 * gate that returns true hides the event from the router (useLeaveBlocker undoes the move and asks the user).
 */
type Gate = (event: PopStateEvent) => boolean;

let gate: Gate | null = null;
let installed = false;

export function installPopStateGate(target: Window = window): void {
  if (installed) return;
  installed = true;
  target.addEventListener('popstate', (event) => {
    if (gate?.(event)) event.stopImmediatePropagation();
  });
}

/** Sets the gate; returns a function that clears it if it is still this one. */
export function setPopStateGate(next: Gate): () => void {
  gate = next;
  return () => {
    if (gate === next) gate = null;
  };
}
