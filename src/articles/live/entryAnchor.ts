/** One live entry's element id on its story's page: links and the page's island agree on it. */
export const entryAnchor = (entryId: string): string => `entry-${entryId}`
