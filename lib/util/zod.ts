// zod, set to parse without compiling (the page's Content-Security-Policy allows no eval). Every module that builds a
// schema imports z from here, never from "zod", so whichever loads first in the browser zod never probes for eval and
// no CSP violation is reported.
import { z } from "zod";

z.config({ jitless: true });

export { z };
