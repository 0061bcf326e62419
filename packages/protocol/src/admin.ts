import * as z from 'zod/mini';

/** `POST /v1/rooms/{room}/editor-links`: `page` is the address of the page that shows the room. */
export const NewEditorLink = z.object({
  page: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(2000))),
});
export type NewEditorLink = z.infer<typeof NewEditorLink>;

/**
 * A room editor link. `url` is the link to share: `page#copro-key=<key>` (just `#copro-key=<key>`
 * when no page was given); whoever opens it may change that room's checklist until it is revoked.
 */
export const EditorLink = z.object({ id: z.string(), key: z.string(), url: z.string() });
export type EditorLink = z.infer<typeof EditorLink>;
