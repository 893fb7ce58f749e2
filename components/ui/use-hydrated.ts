// True once the page has hydrated: controls that only work with JavaScript are hidden (or not rendered) before it.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
