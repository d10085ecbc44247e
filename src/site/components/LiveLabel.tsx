import styles from './LiveLabel.module.css'

type Props = { isOpen: boolean }

/** "Live" while the desk is adding entries; "Live coverage ended" once it is an archive. */
export function LiveLabel({ isOpen }: Props) {
  return (
    <p className={isOpen ? styles.live : styles.ended} data-testid="live-label">
      {isOpen ? 'Live' : 'Live coverage ended'}
    </p>
  )
}
