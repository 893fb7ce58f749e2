"use client";
// A link with unreadable settings was served the default view: the server names the settings (so the notice works
// without JavaScript); once the browser's address can be read, each problem is spelled out.
import { useEffect, useState } from "react";
import type { QueryIssue } from "@/lib/api/query";
import { parseView } from "@/lib/view";

export function BrokenLinkNotice({ badParams }: { badParams: string[] }) {
  const [issues, setIssues] = useState<QueryIssue[] | null>(null);
  useEffect(() => setIssues(parseView(new URLSearchParams(window.location.search)).issues), []);
  return (
    <div role="alert" className="notice" data-testid="broken-link">
      <p>
        <strong>This link could not be read</strong>, so the default view is shown.
      </p>
      {(!issues || issues.length === 0) && badParams.length > 0 && (
        <p className="text-sm">Settings that could not be read: {badParams.map((p) => (p === "other" ? "an unknown setting" : p)).join(", ")}.</p>
      )}
      {issues && issues.length > 0 && (
        <ul className="text-sm list-disc pl-5">
          {issues.map((i) => (
            <li key={i.param + i.message}>
              {i.param}: {i.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
