import { ShareActions } from './ShareActions.client'

type Props = { url: string; title: string }

/** Plain links that work without JavaScript; the island adds copy-link and the native sheet. */
export function shareLinks({ url, title }: Props) {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(title)
  return [
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'Email', href: `mailto:?subject=${t}&body=${u}` },
  ]
}

export function ShareBar(props: Props) {
  return (
    <nav className="share" aria-label="Share this story">
      <ul>
        {shareLinks(props).map((link) => (
          <li key={link.name}>
            <a
              href={link.href}
              target={link.name === 'Email' ? undefined : '_blank'}
              rel="noopener noreferrer"
              aria-label={link.name === 'Email' ? 'Share by email' : `Share on ${link.name}`}
            >
              {link.name}
            </a>
          </li>
        ))}
        <ShareActions url={props.url} title={props.title} />
      </ul>
    </nav>
  )
}
