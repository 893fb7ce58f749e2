// Rasterises a chart file with resvg, in the font the project ships (Inter, from @expo-google-fonts/inter, loaded
// by file path, never the machine's own fonts), so a PNG looks the same on every machine.
import path from "node:path";
import { renderAsync } from "@resvg/resvg-js";

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "inter");
export const FONT_FILES = [
  path.join(FONT_DIR, "400Regular", "Inter_400Regular.ttf"),
  path.join(FONT_DIR, "600SemiBold", "Inter_600SemiBold.ttf"),
];

/** PNG bytes of `svg` drawn `pixelWidth` pixels wide (its own width times the scale asked for). */
export async function svgToPng(svg: string, pixelWidth: number, background: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: "width", value: pixelWidth },
    background,
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: "Inter", sansSerifFamily: "Inter" },
    logLevel: "off",
  });
  return image.asPng();
}
