import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { ReaderDocument } from '@/site/components/ReaderDocument'
import { env } from '@/platform/env'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(env.serverUrl),
  title: { default: `Dispatch · ${WEBSITE_SECTION_LABEL}`, template: '%s · Dispatch' },
  description: 'Defence and security reporting from the Dispatch newsroom.',
  icons: { icon: '/icon.svg' },
  openGraph: { type: 'website', siteName: 'Dispatch', locale: 'en_GB' },
  // A large card only where a page names its picture (articles do).
  twitter: { card: 'summary' },
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return <ReaderDocument>{children}</ReaderDocument>
}
