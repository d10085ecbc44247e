/** The Dispatch mark: a compass rose in a square, for the admin's navigation. */
export function Icon() {
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" role="img" aria-label="Dispatch">
      <rect width="32" height="32" rx="6" fill="#1f3a2e" />
      <path d="M16 5l3 11-3 11-3-11z" fill="#e8e3d3" />
      <path d="M5 16l11-3 11 3-11 3z" fill="#c9a227" />
    </svg>
  )
}
