// Where a citation links: the source's entry on the reference page.
const REFERENCE_PATH = "/data";

export function sourceHref(id: string): string {
  return `${REFERENCE_PATH}#source-${id}`;
}
