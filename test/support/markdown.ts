/**
 * The text a person reads in a Markdown body escaped by src/report/escape.ts:
 * backslash escapes and the entities escapeMarkdown writes, undone. For
 * assertions on what a comment or issue says, not on how it is escaped.
 */
export function shown(markdown: string): string {
  return markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!|~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#64;/g, '@')
    .replace(/&amp;/g, '&');
}
