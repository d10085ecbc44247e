/** A count worth showing: "0 Views" on a story nobody has read yet says nothing useful. */
export const hasViews = (views: number | null | undefined): views is number =>
  typeof views === 'number' && views > 0
