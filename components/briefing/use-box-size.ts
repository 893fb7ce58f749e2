// The size of the chart box of the slide on screen, followed as the window resizes: the chart files are drawn at
// its aspect ratio. Returns the size (null until measured) and a ref callback for the box.
import { useCallback, useEffect, useRef, useState } from "react";

export function useBoxSize(): [{ width: number; height: number } | null, (el: HTMLDivElement | null) => void] {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => () => observer.current?.disconnect(), []);
  const ref = useCallback((el: HTMLDivElement | null) => {
    observer.current?.disconnect();
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) setSize((s) => (s && Math.abs(s.width - r.width) < 1 && Math.abs(s.height - r.height) < 1 ? s : { width: r.width, height: r.height }));
    };
    measure();
    observer.current = new ResizeObserver(measure);
    observer.current.observe(el);
  }, []);
  return [size, ref];
}
