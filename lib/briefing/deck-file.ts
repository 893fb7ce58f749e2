// "Download deck as a file": the deck as ONE self-contained HTML file that presents with no network, from a USB stick
// or file://. Everything is inlined: each chart slide's chart file (the SVG the chart-file renderer draws), the Inter
// font (gzip, base64; unpacked by the script into a FontFace), the styles and one small script that presents with
// the briefing's keys (lib/briefing/keys.ts, the same function), speaker notes and a presenter view: the same file
// opened a second time (P) with #presenter, the two windows kept in step by BroadcastChannel and localStorage events.
// Each message goes both ways and carries its sender's sequence number, so the copy that arrives second is dropped: a
// late copy of the audience's "slide 4" once took the presenter back from 5 to 4 after it had moved on.
//
// Safe by construction: every deck text is escaped; links are http(s) only; a chart SVG is refused unless it is a bare
// <svg> with no script, foreignObject, event attribute or outside reference, and its ids are made unique per slide;
// a Content-Security-Policy meta tag allows nothing but inline styles, data: images and the one script, by its hash.
// Pure and isomorphic (Web Crypto for the hash): the browser builds the file, and a unit test reads it.
import type { SourceRef } from "../data/schema";
import { keyAction } from "./keys";

export interface DeckFileSlide {
  kind: "title" | "chart" | "sources";
  title: string;
  subtitle?: string;
  takeaway?: string;
  /** chart slides: the sources in a few words, in small type under the takeaway */
  source?: string;
  notes?: string;
  /** chart slides: the chart file, an SVG document from /charts/<chart>.svg */
  svg?: string;
  /** chart slides: what the chart cites; the sources slide: every source of the deck */
  sources?: readonly SourceRef[];
  /** chart slides: the view on the dashboard */
  link?: string;
}

interface DeckFileInput {
  title: string;
  subtitle?: string;
  /** the presenter's name on the title slide, if given */
  presenter?: string;
  /** the title slide's date as shown ("2 December 2026"); absent: the export date */
  date?: string;
  exportedAt: Date;
  /** the deck's own link (the briefing with the deck in its fragment) */
  deckLink: string;
  slides: readonly DeckFileSlide[];
  /** Inter, gzip-compressed and base64-encoded; without it the file uses the system's sans-serif */
  fontGzipBase64?: string | null;
}

/** Design size of a slide: laid out at 960 x 540 and scaled to the window, so type keeps its share of the height. */
const DECK_FILE_STAGE = { width: 960, height: 540 } as const;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function exportDateText(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Text and attribute values as HTML: every deck text goes through this. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** An http(s) link, or null: a deck cannot smuggle a javascript: or data: link into the file. */
export function safeLink(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const u = new URL(href);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

const UNSAFE_SVG = [
  /<script/i,
  /<foreignObject/i,
  /<iframe|<object|<embed|<image|<use\b[^>]*href="(?!#)/i,
  /\son[a-z]+\s*=/i,
  /javascript:/i,
  /<!ENTITY|<!DOCTYPE|<\?xml-stylesheet/i,
  /(?:xlink:)?href\s*=\s*"(?!#)/i,
  /url\(\s*['"]?(?!#)/i,
  /@import/i,
];

/** The chart file made safe to inline: refused unless it is a bare <svg> with nothing active in it; its ids (and the
 * references to them) get the slide's prefix, so the patterns of one slide never resolve to another's. */
export function inlineSvg(svg: string, prefix: string): string {
  const s = svg.trim().replace(/^<\?xml[^>]*\?>\s*/, "");
  if (!/^<svg[\s>]/.test(s) || !/<\/svg>$/.test(s)) throw new Error("a chart file is not an SVG document");
  for (const re of UNSAFE_SVG) if (re.test(s)) throw new Error(`a chart file holds something a deck file may not carry (${re.source})`);
  return s
    .replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`)
    .replace(/\baria-(labelledby|describedby)="([^"]+)"/g, (_, a: string, ids: string) => `aria-${a}="${ids.split(/\s+/).map((i) => `${prefix}-${i}`).join(" ")}"`);
}

function sourcesLine(sources: readonly SourceRef[] | undefined): string {
  if (!sources?.length) return "";
  const items = sources.map((s) => `${escapeHtml(s.publisher)}, <cite>${escapeHtml(s.title)}</cite>`).join("; ");
  return `<p class="sources">Source${sources.length === 1 ? "" : "s"}: ${items}.</p>`;
}

function linkLine(label: string, href: string | undefined): string {
  const safe = safeLink(href);
  return safe ? `<p class="link">${label}: <a href="${escapeHtml(safe)}">${escapeHtml(safe)}</a></p>` : "";
}

function slideHtml(s: DeckFileSlide, i: number, count: number, input: DeckFileInput): string {
  const date = escapeHtml(exportDateText(input.exportedAt));
  const notes = `<aside class="notes" aria-label="Speaker notes"><h3>Notes</h3><p>${escapeHtml(s.notes ?? "No notes for this slide.")}</p></aside>`;
  const open = `<section class="slide slide-${s.kind}" data-slide="${i + 1}" aria-roledescription="slide" aria-label="Slide ${i + 1} of ${count}">`;
  if (s.kind === "title")
    return `${open}<div class="body"><h1>${escapeHtml(s.title)}</h1>${s.subtitle ? `<p class="subtitle">${escapeHtml(s.subtitle)}</p>` : ""}<p class="byline">${
      input.presenter ? `<span class="presenter">${escapeHtml(input.presenter)}</span>` : ""
    }<span class="date">${input.date ? escapeHtml(input.date) : date}</span></p></div>${notes}</section>`;
  if (s.kind === "sources")
    return `${open}<div class="body"><h2>${escapeHtml(s.title)}</h2><ul class="source-list">${(s.sources ?? [])
      .map((x) => `<li><strong>${escapeHtml(x.publisher)}</strong>, <cite>${escapeHtml(x.title)}</cite></li>`)
      .join("")}</ul>${linkLine("This deck", input.deckLink)}<p class="small">Exported ${date}.</p></div>${notes}</section>`;
  const chart = s.svg ? `<div class="chart">${inlineSvg(s.svg, `s${i + 1}`)}</div>` : `<div class="chart"><p>No chart.</p></div>`;
  return `${open}<div class="body"><h2>${escapeHtml(s.title)}</h2>${chart}${s.takeaway ? `<p class="takeaway">${escapeHtml(s.takeaway)}</p>` : ""}${
    s.source ? `<p class="source">${escapeHtml(s.source)}</p>` : ""
  }<div class="foot">${sourcesLine(
    s.sources,
  )}${linkLine("View", s.link)}<p class="small">Exported ${date}.</p></div></div>${notes}</section>`;
}

const STYLE = `
*{box-sizing:border-box}html,body{margin:0;height:100%;background:#1d1d1d;color:#111;font-family:Inter,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.frame{position:relative;overflow:hidden;width:100%;height:100%}
.stage{position:absolute;left:0;top:0;width:${DECK_FILE_STAGE.width}px;height:${DECK_FILE_STAGE.height}px;transform-origin:0 0;background:#fff}
.slide{position:absolute;inset:0;visibility:hidden;padding:28px 40px 20px;display:flex;flex-direction:column}
.slide[data-current]{visibility:visible}
.body{display:flex;flex-direction:column;height:100%;min-height:0}
h1{font-size:44px;line-height:1.12;margin:0 0 18px;font-weight:800;padding-bottom:14px;border-bottom:3px solid #fff;max-width:22ch}
.slide-title{background:#0b3d91;color:#fff;padding:40px 64px}.slide-title .body{justify-content:center}.slide-title .subtitle,.slide-title .byline{color:#fff}
h2{font-size:28px;line-height:1.2;margin:0 0 10px;font-weight:700}
.subtitle{font-size:24px;line-height:1.25;margin:0 0 22px;color:#333;max-width:44ch}.byline{font-size:18px;margin:0;display:flex;gap:0 1.5em;flex-wrap:wrap}.presenter{font-weight:700}
.chart{flex:1 1 auto;min-height:0;display:flex;align-items:center;justify-content:center}
.chart svg{max-width:100%;max-height:100%;width:auto;height:100%}
.takeaway{font-size:19px;font-weight:600;line-height:1.3;margin:8px 0 2px;max-height:2.6em;overflow:hidden;border-left:6px solid #0b3d91;padding-left:10px}
.source{font-size:12px;line-height:1.35;color:#333;margin:2px 0;max-height:2.7em;overflow:hidden}
.foot,.small,.sources,.link{font-size:11px;line-height:1.35;color:#333;margin:2px 0}
.source-list{font-size:16px;line-height:1.4;margin:0;padding-left:1.2em;overflow:auto}
a{color:#0645ad}
.notes{display:none}
body.notes-open .slide[data-current] .notes{display:block;position:absolute;left:0;right:0;bottom:0;max-height:40%;overflow:auto;background:#fffbe6;border-top:2px solid #111;padding:8px 40px;font-size:16px}
.notes h3{font-size:14px;margin:0 0 4px}
.toolbar{position:fixed;right:8px;bottom:8px;display:flex;gap:6px;align-items:center;font-size:14px;opacity:.85}
.toolbar button{font:inherit;padding:4px 10px;border:1px solid #777;border-radius:6px;background:#fff;color:#111;cursor:pointer}
.toolbar [role=status]{color:#fff;padding:0 6px}
#presenter-panel{display:none}
body.presenter{background:#111;color:#fff}
body.presenter #audience{position:absolute;left:2%;top:8%;width:58%;height:60%}
body.presenter #presenter-panel{display:grid;position:absolute;left:62%;top:8%;width:36%;height:88%;grid-template-rows:auto 40% auto 1fr;gap:8px}
body.presenter #next-frame{background:#333}
body.presenter .notes-now{background:#fffbe6;color:#111;padding:10px;overflow:auto;font-size:18px;border-radius:6px}
body.presenter .clock{font-size:28px;font-variant-numeric:tabular-nums}
body.presenter .label{font-size:14px;text-transform:uppercase;letter-spacing:.05em;color:#ccc;margin:0}
@media print{.toolbar,#presenter-panel{display:none}.frame{height:auto;overflow:visible}.stage{position:static;transform:none!important}.slide{position:relative;visibility:visible;height:540px;page-break-after:always;break-after:page}.notes{display:none!important}}
`;

/** The presenting script: the briefing's key map (keyAction, the same function the app runs), notes, full screen and a
 * presenter window kept in step. Its SHA-256 goes into the file's CSP. */
function presentingScript(): string {
  return `(function(){"use strict";
var keyAction=(${keyAction.toString()});
var slides=[].slice.call(document.querySelectorAll("#audience .slide"));var count=slides.length,current=1,digits="";
var presenter=location.hash==="#presenter";var me=Math.random().toString(36).slice(2);
var KEY="us-cambodia-deck:"+document.documentElement.getAttribute("data-deck");
var channel=null;try{channel=new BroadcastChannel(KEY)}catch(e){}
var status=document.getElementById("status");var started=Date.now();
function fit(){[].forEach.call(document.querySelectorAll(".frame"),function(f){var st=f.querySelector(".stage");if(!st)return;var s=Math.min(f.clientWidth/${DECK_FILE_STAGE.width},f.clientHeight/${DECK_FILE_STAGE.height});st.style.transform="translate("+(f.clientWidth-${DECK_FILE_STAGE.width}*s)/2+"px,"+(f.clientHeight-${DECK_FILE_STAGE.height}*s)/2+"px) scale("+s+")"})}
var sent=0;var seen={};
function post(m){m.from=me;m.at=Date.now();m.seq=++sent;if(channel)channel.postMessage(m);try{localStorage.setItem(KEY,JSON.stringify(m))}catch(e){}}
function show(n,quiet){n=Math.max(1,Math.min(count,Math.round(n)));current=n;slides.forEach(function(s,i){if(i+1===n)s.setAttribute("data-current","");else s.removeAttribute("data-current")});
status.textContent="Slide "+n+" of "+count+(digits?" \\u00b7 go to "+digits:"");document.title=document.title.replace(/ \\(\\d+\\/\\d+\\)$/,"")+" ("+n+"/"+count+")";
if(presenter)drawPresenter();if(!quiet)post({type:"goto",slide:n})}
function drawPresenter(){var next=slides[current];var box=document.querySelector("#next-frame .stage");var c=next?next.cloneNode(true):null;if(c){c.setAttribute("data-current","");c.removeAttribute("aria-label")}box.replaceChildren.apply(box,c?[c]:[]);
var notes=slides[current-1].querySelector(".notes p");document.getElementById("notes-now").textContent=notes?notes.textContent:"";document.getElementById("presenter-slide").textContent=String(current);fit()}
function receive(m){if(!m||m.from===me)return;if(typeof m.seq==="number"){if(m.seq<=(seen[m.from]||0))return;seen[m.from]=m.seq}if(m.type==="goto"&&typeof m.slide==="number")show(m.slide,true);else if(m.type==="hello"&&!presenter)post({type:"goto",slide:current})}
if(channel)channel.onmessage=function(e){receive(e.data)};
window.addEventListener("storage",function(e){if(e.key!==KEY||!e.newValue)return;try{receive(JSON.parse(e.newValue))}catch(x){}});
function fullscreen(off){var on=document.fullscreenElement!=null;if(off||on){if(on)document.exitFullscreen().catch(function(){})}else document.documentElement.requestFullscreen().catch(function(){})}
function openPresenter(){window.open(location.href.split("#")[0]+"#presenter","us-cambodia-deck-presenter","popup,width=1200,height=800")}
document.addEventListener("keydown",function(e){var t=e.target;if(t&&(t.tagName==="BUTTON"||t.tagName==="A")&&(e.key===" "||(e.key==="Enter"&&!digits)))return;
var a=keyAction(e,digits);if(!a)return;e.preventDefault();
if(a.type!=="digit")digits="";
if(a.type==="next")show(current+1);else if(a.type==="previous")show(current-1);else if(a.type==="first")show(1);else if(a.type==="last")show(count);
else if(a.type==="goto")show(a.slide);else if(a.type==="digit"){digits=a.digits;show(current,true)}
else if(a.type==="notes")document.body.classList.toggle("notes-open");else if(a.type==="fullscreen")fullscreen(false);else if(a.type==="escape")fullscreen(true);
else if(a.type==="presenter"&&!presenter)openPresenter()});
document.getElementById("prev").addEventListener("click",function(){show(current-1)});document.getElementById("next").addEventListener("click",function(){show(current+1)});
document.getElementById("notes").addEventListener("click",function(){document.body.classList.toggle("notes-open")});
document.getElementById("open-presenter").addEventListener("click",openPresenter);
window.addEventListener("resize",fit);
function tick(){var s=Math.floor((Date.now()-started)/1000);var el=document.getElementById("timer");if(el)el.textContent=String(Math.floor(s/60)).padStart(2,"0")+":"+String(s%60).padStart(2,"0");var ck=document.getElementById("clock");if(ck)ck.textContent=new Date().toTimeString().slice(0,8)}
var font=document.getElementById("deck-font");
if(font&&font.textContent&&typeof DecompressionStream!=="undefined"&&typeof FontFace!=="undefined"){try{var bin=atob(font.textContent.trim());var bytes=new Uint8Array(bin.length);for(var i=0;i<bin.length;i++)bytes[i]=bin.charCodeAt(i);
new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer().then(function(buf){var f=new FontFace("Inter",buf,{weight:"100 900"});return f.load()}).then(function(f){document.fonts.add(f)}).catch(function(){})}catch(e){}}
if(presenter){document.body.classList.add("presenter");setInterval(tick,1000);tick();post({type:"hello"})}
var n=parseInt((location.hash.match(/slide=(\\d+)/)||[])[1]||"1",10);show(n,presenter);fit()})();`;
}

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  const bytes = new Uint8Array(digest);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** A short id for the deck (the two windows' channel name), from its title and export time. */
function deckId(input: DeckFileInput): string {
  let h = 0;
  for (const c of `${input.title}|${input.exportedAt.toISOString()}`) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return (h >>> 0).toString(36);
}

/** The file's HTML and the hash its CSP allows the script by. */
export async function buildDeckFile(input: DeckFileInput): Promise<{ html: string; scriptHash: string }> {
  const script = presentingScript();
  const scriptHash = `sha256-${await sha256Base64(script)}`;
  const csp = `default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src '${scriptHash}'; base-uri 'none'; form-action 'none'`;
  const count = input.slides.length;
  const slides = input.slides.map((s, i) => slideHtml(s, i, count, input)).join("\n");
  const font = input.fontGzipBase64 && /^[A-Za-z0-9+/=\s]+$/.test(input.fontGzipBase64) ? `<script type="text/plain" id="deck-font">${input.fontGzipBase64}</script>` : "";
  const html = `<!doctype html>
<html lang="en" data-deck="${escapeHtml(deckId(input))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(input.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="frame" id="audience"><div class="stage">
${slides}
</div></div>
<div id="presenter-panel" aria-label="Presenter view">
<p class="label">Current: slide <span id="presenter-slide">1</span> of ${count} · Timer <span class="clock" id="timer">00:00</span> · Clock <span class="clock" id="clock"></span></p>
<div class="frame" id="next-frame" aria-label="Next slide"><div class="stage"></div></div>
<p class="label">Notes</p>
<div class="notes-now" id="notes-now"></div>
</div>
<nav class="toolbar" aria-label="Slides"><button type="button" id="prev">Previous</button><span role="status" id="status">Slide 1 of ${count}</span><button type="button" id="next">Next</button><button type="button" id="notes" aria-keyshortcuts="N">Notes</button><button type="button" id="open-presenter" aria-keyshortcuts="P">Presenter view</button></nav>
${font}
<script>${script}</script>
</body>
</html>
`;
  return { html, scriptHash };
}
