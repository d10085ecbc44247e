import Image from 'next/image'

import type { Author } from '@/payload-types'
import { sitePath } from '@/articles/urls'

const LINK_LABELS = { x: 'X', linkedin: 'LinkedIn', website: 'Website' } as const

/** Avatar (initials when there is none), role, bio and profile links. */
export function AuthorProfile({ author }: { author: Author }) {
  const avatar = typeof author.avatar === 'object' ? author.avatar : null
  const picture = avatar?.sizes?.thumbnail?.url ? avatar.sizes.thumbnail : avatar
  const links = (Object.keys(LINK_LABELS) as (keyof typeof LINK_LABELS)[])
    .map((key) => ({ key, label: LINK_LABELS[key], href: author.links?.[key] }))
    .filter((link): link is typeof link & { href: string } => Boolean(link.href))
  return (
    <header className="author-profile">
      {picture?.url && picture.width && picture.height ? (
        <Image
          className="avatar"
          src={sitePath(picture.url)}
          alt={avatar?.alt ?? author.name}
          width={96}
          height={96}
          style={{ objectFit: 'cover' }}
        />
      ) : (
        <span className="avatar initials" aria-hidden="true">
          {author.name
            .split(/\s+/)
            .map((part) => part[0])
            .slice(0, 2)
            .join('')}
        </span>
      )}
      <div>
        <h1>{author.name}</h1>
        {author.role && <p className="meta">{author.role}</p>}
        {author.bio && <p>{author.bio}</p>}
        {links.length > 0 && (
          <ul className="author-links">
            {links.map((link) => (
              <li key={link.key}>
                <a href={link.href} rel="noopener noreferrer me">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </header>
  )
}
