// The chart files' phone layout, shared by the server (ChartPicture's heights, ChartFile) and the client leaf
// (FaceSwitch). Not in a "use client" module: a server component importing a value from one gets a reference, not it.
/** Phones (up to 559 px wide) get a file laid out at 360 px, so labels stay legible rather than scaled down. */
export const NARROW_WIDTH = 360;
export const NARROW_MEDIA = "(max-width: 559px)";
