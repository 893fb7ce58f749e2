"use client";
// Light / dark / system. The choice goes into a cookie the proxy reads, so the page (and its chart files) is served in it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { THEME_COOKIE, type Theme } from "@/lib/view";
import { rememberFocus, useRestoreFocus } from "./keep-focus";

export function ThemeToggle({ initial }: { initial: Theme }) {
  const router = useRouter();
  const [theme, setTheme] = useState<Theme>(initial);
  useRestoreFocus(initial);
  const choose = (t: Theme) => {
    setTheme(t);
    document.cookie = `${THEME_COOKIE}=${t}; path=/; max-age=31536000; samesite=lax`;
    document.querySelector(".theme-root")?.setAttribute("data-theme", t);
    // the chart files are drawn per theme: fetch this view's page again, now served in the chosen theme; the button
    // keeps focus once it is drawn
    rememberFocus();
    router.refresh();
  };
  return (
    <div role="group" aria-label="Colour theme" className="segmented no-print">
      {(["system", "light", "dark"] as const).map((t) => (
        <button key={t} type="button" aria-pressed={theme === t} data-focus-key={`theme:${t}`} onClick={() => choose(t)}>
          {t === "system" ? "System" : t === "light" ? "Light" : "Dark"}
        </button>
      ))}
    </div>
  );
}
