// The export menu of a chart, loaded when the reader first points at, focuses or clicks its button (export-menu.tsx):
// a Radix DropdownMenu (arrow keys, Escape closes, focus returns to the button) of PNG sizes, SVG, CSV of the numbers
// drawn, Copy image, PowerPoint, Copy link, Cite and Embed. Each item says what happened in a status line; a failure
// says why in an alert and the page keeps working.
import * as Menu from "@radix-ui/react-dropdown-menu";
import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ChartSlug } from "@/lib/charts/registry";
import { chartEntry } from "@/lib/charts/registry";
import { PNG_PRESETS, type PngPreset } from "@/lib/export/presets";
import type { ViewState } from "@/lib/view";

// the actions and dialogs load when the menu first opens (or on the click), not with the page
const loadActions = () => import("./export-actions");
type Actions = Awaited<ReturnType<typeof loadActions>>;
const CiteDialog = lazy(() => import("./share-dialogs").then((m) => ({ default: m.CiteDialog })));
const EmbedDialog = lazy(() => import("./share-dialogs").then((m) => ({ default: m.EmbedDialog })));


/** An error's message as the end of a sentence. */
function sentence(err: unknown): string {
  const m = err instanceof Error && err.message ? err.message : "unknown error";
  return /[.!?]$/.test(m) ? m : `${m}.`;
}

type Outcome = { tone: "ok" | "error"; text: string; offerPng?: boolean } | null;

interface ExportMenuProps {
  chart: ChartSlug;
  view: ViewState;
  /** open at once (the reader clicked the button before the menu had loaded); "keyboard" puts the focus on the first
   * item, as opening from the keyboard does */
  defaultOpen?: false | "pointer" | "keyboard";
  /** take the focus (the button it replaces had it) */
  focusOnMount?: boolean;
}

export default function ExportMenuLive({ chart, view, defaultOpen = false, focusOnMount = false }: ExportMenuProps) {
  const trigger = useRef<HTMLButtonElement>(null);
  // in the commit that replaces the button, so focus never rests on <body> in between
  useLayoutEffect(() => {
    if (focusOnMount && !defaultOpen) trigger.current?.focus();
  }, [focusOnMount, defaultOpen]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [dialog, setDialog] = useState<"cite" | "embed" | null>(null);
  const opening = useRef(false);
  const content = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // opened from the keyboard before the menu had loaded: the first item takes the focus, as Radix does for a
    // keyboard opening (after Radix has focused the menu itself)
    if (defaultOpen !== "keyboard") return;
    const t = setTimeout(() => content.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(), 0);
    return () => clearTimeout(t);
  }, [defaultOpen]);
  const screenWidth = () => trigger.current?.closest("figure")?.querySelector(".chart-body")?.clientWidth ?? 960;
  const screen = PNG_PRESETS[0];

  const run = (what: string, action: (a: Actions) => Promise<string>, offerPng = false) => {
    setOutcome({ tone: "ok", text: `${what}: preparing...` });
    loadActions().then(action).then(
      (text) => setOutcome({ tone: "ok", text }),
      (err: unknown) => setOutcome({ tone: "error", text: `${what} failed: ${sentence(err)}`, offerPng }),
    );
  };
  const png = (p: PngPreset) => run(p.label, (a) => a.downloadPng(chart, view, p, screenWidth()));
  const openDialog = (d: "cite" | "embed") => {
    opening.current = true;
    setDialog(d);
  };
  const closeDialog = () => {
    setDialog(null);
    trigger.current?.focus();
  };

  return (
    <div className="export-menu no-print" data-export-menu={chart}>
      <Menu.Root modal={false} defaultOpen={defaultOpen !== false} onOpenChange={(open) => open && void loadActions()}>
        <Menu.Trigger ref={trigger} className="export-trigger" aria-label={`Export chart: ${chartEntry(chart).menuName}`}>
          Export <span aria-hidden="true">▾</span>
        </Menu.Trigger>
        <Menu.Content
          className="export-menu-content"
          align="end"
          sideOffset={4}
          collisionPadding={8}
          ref={content}
          onCloseAutoFocus={(e) => {
            // a dialog opened from the menu takes the focus; it gives it back to the button when it closes
            if (opening.current) e.preventDefault();
            opening.current = false;
          }}
        >
          {PNG_PRESETS.map((p) => (
            <Menu.Item key={p.id} className="export-item" onSelect={() => png(p)}>
              {p.label}
            </Menu.Item>
          ))}
          <Menu.Item className="export-item" onSelect={() => run("SVG", (a) => a.downloadSvg(chart, view))}>
            SVG (vector)
          </Menu.Item>
          <Menu.Item className="export-item" onSelect={() => run("CSV", (a) => a.downloadCsv(chart, view))}>
            CSV of the numbers drawn
          </Menu.Item>
          <Menu.Item className="export-item" onSelect={() => run("Copy image", (a) => a.copyImage(chart, view, screen, screenWidth()), true)}>
            Copy image
          </Menu.Item>
          <Menu.Item className="export-item" onSelect={() => run("PowerPoint", (a) => a.downloadPptx(chart, view))}>
            PowerPoint (.pptx)
          </Menu.Item>
          <Menu.Separator className="export-separator" />
          <Menu.Item className="export-item" onSelect={() => run("Copy link", (a) => a.copyText(a.linkOf(view), "Link to this view"))}>
            Copy link
          </Menu.Item>
          <Menu.Item className="export-item" onSelect={() => openDialog("cite")}>
            Cite this chart...
          </Menu.Item>
          <Menu.Item className="export-item" onSelect={() => openDialog("embed")}>
            Embed...
          </Menu.Item>
        </Menu.Content>
      </Menu.Root>
      <p role="status" className="export-status">{outcome?.tone === "ok" ? outcome.text : ""}</p>
      <div role="alert" className="export-status">
        {outcome?.tone === "error" && (
          <>
            {outcome.text}
            {outcome.offerPng && (
              <>
                {" "}
                <button type="button" className="export-link-button" onClick={() => png(screen)}>
                  Download the PNG instead
                </button>
              </>
            )}
          </>
        )}
      </div>
      <Suspense fallback={null}>
        {dialog === "cite" && <CiteDialog chart={chart} view={view} onClose={closeDialog} />}
        {dialog === "embed" && <EmbedDialog chart={chart} view={view} onClose={closeDialog} />}
      </Suspense>
    </div>
  );
}
