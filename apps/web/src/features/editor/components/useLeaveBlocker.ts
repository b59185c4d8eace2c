import { useContext, useEffect, useState } from 'react';
import { UNSAFE_NavigationContext, useLocation, type To } from 'react-router';
import { setPopStateGate } from '../../../shared/navigation/popStateGate';

/** The router's history (BrowserRouter's or MemoryRouter's): every in-app navigation goes through push or replace. */
interface History {
  push(to: To, ...rest: unknown[]): void;
  replace(to: To, ...rest: unknown[]): void;
}

export interface LeaveBlocker {
  /** True while a navigation away from this page waits for the user's answer. */
  blocked: boolean;
  /** Goes where the user was going. */
  proceed: () => void;
  /** Stays on the page. */
  reset: () => void;
}

const pathnameOf = (to: To) => (typeof to === 'string' ? to.split(/[?#]/)[0] : to.pathname);

/**
 * Holds back navigation to another page while `block` is true, until the user decides: links and `navigate()` (the
 * router's push/replace) and the browser's back and forward buttons (popstate, undone and redone by the history
 * index BrowserRouter keeps in `history.state`). The declarative router has no `useBlocker` — that needs the data
 * router, which stays off the first page (issue 16). Query-string changes on the same page pass.
 */
export function useLeaveBlocker(block: boolean): LeaveBlocker {
  const { navigator } = useContext(UNSAFE_NavigationContext) as unknown as { navigator: History };
  const { pathname } = useLocation();
  const [pending, setPending] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!block) return;
    const { push, replace } = navigator;
    const hold =
      (go: History['push']): History['push'] =>
      (to, ...rest) => {
        if (pathnameOf(to) === undefined || pathnameOf(to) === pathname) return go.call(navigator, to, ...rest);
        setPending(() => () => go.call(navigator, to, ...rest));
      };
    navigator.push = hold(push);
    navigator.replace = hold(replace);

    const indexOf = (state: unknown) => (state as { idx?: unknown } | null)?.idx;
    const here = indexOf(window.history.state);
    let undoing = false;
    let clearGate = () => {};
    // True hides the event from the router (the gate runs before it: src/shared/navigation/popStateGate.ts).
    const gate = (event: PopStateEvent): boolean => {
      if (undoing) {
        undoing = false;
        return true;
      }
      const next = indexOf(event.state);
      if (typeof here !== 'number' || typeof next !== 'number' || window.location.pathname === pathname) return false;
      const delta = here - next;
      undoing = true;
      window.history.go(delta); // back where the router thinks we are
      setPending(() => () => {
        clearGate();
        window.history.go(-delta);
      });
      return true;
    };
    clearGate = setPopStateGate(gate);
    return () => {
      navigator.push = push;
      navigator.replace = replace;
      clearGate();
    };
  }, [block, navigator, pathname]);

  return {
    blocked: pending !== null,
    proceed: () => {
      const go = pending;
      setPending(null);
      go?.();
    },
    reset: () => setPending(null),
  };
}
