/** A page number from the URL: "2" is page 2; "0", "02", "2.5" or "x" are not pages (null). */
export function parsePageNumber(value: string | undefined): number | null {
  if (!value || !/^[1-9][0-9]{0,5}$/.test(value)) return null
  return Number(value)
}
