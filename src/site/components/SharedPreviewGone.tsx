/** What a share link answers once it has expired or been revoked, or when it never existed. */
export function SharedPreviewGone() {
  return (
    <main id="content" className="message">
      <h1>This preview link no longer works</h1>
      <p>
        It has expired or been revoked, or it was copied incompletely. Ask the editor who sent it
        for a new one.
      </p>
    </main>
  )
}
