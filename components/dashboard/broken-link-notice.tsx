"use client";
// A link with unreadable settings: the page shows the settings that could be read and this notice, at the top. The
// server names the dropped settings by their on-screen labels (so the notice works without JavaScript); once the
// browser's address can be read, each problem is spelled out with what the setting allows.
import { useEffect, useState } from "react";
import type { QueryIssue } from "@/lib/api/query";
import { parseView, settingLabel, type ViewState } from "@/lib/view";
import { viewInWords } from "@/lib/view/summary";

export function BrokenLinkNotice({ badParams, view }: { badParams: string[]; view: ViewState }) {
  const [issues, setIssues] = useState<QueryIssue[] | null>(null);
  useEffect(() => setIssues(parseView(new URLSearchParams(window.location.search)).issues), []);
  const labels = [...new Set(badParams.map(settingLabel))];
  return (
    <div role="alert" className="notice" data-testid="broken-link">
      <p>
        <strong>Part of this link could not be read.</strong> {labels.length > 0 ? `Left out: ${labels.join(", ")}.` : ""} The other settings are kept:
        showing {viewInWords(view)}.
      </p>
      {issues && issues.length > 0 && (
        <ul className="text-sm list-disc pl-5">
          {issues.map((i) => (
            <li key={i.param + i.message}>
              {settingLabel(i.param)}
              {settingLabel(i.param) === "an unknown setting" ? ` ("${i.param}")` : ""}: {i.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
