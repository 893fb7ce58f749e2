// The briefing pages (/briefing, /briefing/presenter, /briefing/edit) share their stylesheet: a high-contrast light
// theme, projector-sized type, and print with one slide per landscape page.
import "./briefing.css";

export default function BriefingLayout({ children }: { children: React.ReactNode }) {
  return <div className="theme-root bf-theme" data-theme="light">{children}</div>;
}
