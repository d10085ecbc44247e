/** "1 View", "3 Views", "12,345 Views": the one wording of a view count, wherever it is shown. */
export const formatViews = (views: number | null | undefined): string => {
  const count = views ?? 0
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'View' : 'Views'}`
}
