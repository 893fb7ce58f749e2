// How long a takeaway a slide shows whole: two lines at the takeaway's size on a landscape slide (1280 x 720 and
// wider). A computed takeaway stays within it (lib/briefing/takeaways.ts, TAKEAWAY_MAX); an author's longer one is
// cut at two lines on a projected slide, and the editor says so. No imports: the editor loads it.
export const TAKEAWAY_FITS = 200;
