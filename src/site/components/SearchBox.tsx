import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

/** A plain GET form: search works without JavaScript and every result page has its own URL. */
export function SearchBox({ query }: { query: string }) {
  return (
    <form className="search-box" role="search" action="/search" method="get">
      <label htmlFor="search-q">{`Search ${WEBSITE_SECTION_LABEL} stories`}</label>
      <div>
        <input id="search-q" type="search" name="q" defaultValue={query} maxLength={200} />
        <button type="submit">Search</button>
      </div>
    </form>
  )
}
