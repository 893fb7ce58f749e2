// zod, set to parse without compiling (the page's Content-Security-Policy allows no eval). Imported before any module
// that builds a schema (lib/view/schema.ts), so zod never probes for eval and no CSP violation is reported.
import { z } from "zod";

z.config({ jitless: true });

export { z };
