import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/site/components/SiteFooter'
import { SiteHeader } from '@/site/components/SiteHeader'
import { env } from '@/platform/env'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(env.serverUrl),
  title: { default: `Dispatch · ${WEBSITE_SECTION_LABEL}`, template: '%s · Dispatch' },
  description: 'Defence and security reporting from the Dispatch newsroom.',
  icons: { icon: '/icon.svg' },
  openGraph: { siteName: 'Dispatch', locale: 'en_GB' },
  twitter: { card: 'summary_large_image' },
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <SiteHeader />
        {children}
        <SiteFooter />
      </body>
    </html>
  )
}
