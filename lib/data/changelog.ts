// The data's changelog (data/changelog.json): what changed in the data set and when, newest first.
import { z } from "../util/zod";
import raw from "../../data/changelog.json";
import { fullDate } from "./schema";

const ChangelogSchema = z.strictObject({
  entries: z.array(z.strictObject({ date: fullDate, changes: z.array(z.string().min(1)).min(1) })).min(1),
});
export type Changelog = z.infer<typeof ChangelogSchema>;

export const CHANGELOG: Changelog = ChangelogSchema.parse(raw);

/** Markdown of the changelog, for the downloadable data set. */
export function changelogMarkdown(c: Changelog = CHANGELOG): string {
  return ["# Changes to the data", "", ...c.entries.flatMap((e) => [`## ${e.date}`, "", ...e.changes.map((x) => `- ${x}`), ""])].join("\n");
}
