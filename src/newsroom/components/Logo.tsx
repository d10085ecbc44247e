import { Icon } from './Icon'

/** Shown on the admin's login and first-user screens. */
export function Logo() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
      <Icon />
      <span style={{ fontSize: 28, fontWeight: 700, letterSpacing: '0.02em' }}>Dispatch</span>
    </div>
  )
}
