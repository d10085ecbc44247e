'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

/** Payload's radio for "Publish" in the schedule drawer (ScheduleDrawer, `field-<slug>-type-publish`). */
const PUBLISH_CHOICE = '.schedule-publish__type input[type="radio"][id$="-type-publish"]'

/**
 * Payload opens the schedule drawer on "Unpublish" for a story that has never been published
 * (PublishButton passes `defaultType: 'unpublish'` when there are no newer drafts than a
 * publication, and a never-published story has none), so an editor scheduling a first publish
 * had to notice and switch it. For such a story this picks "Publish" each time the drawer opens;
 * a published story keeps Payload's choice. It renders nothing.
 */
export function PreselectPublishInSchedule() {
  const { hasPublishedDoc } = useDocumentInfo()
  useEffect(() => {
    if (hasPublishedDoc) return
    let chosen: HTMLInputElement | null = null
    const choosePublish = () => {
      const publish = document.querySelector<HTMLInputElement>(PUBLISH_CHOICE)
      if (publish && publish !== chosen) {
        chosen = publish
        if (!publish.checked) publish.click()
      }
      if (!publish) chosen = null
    }
    const observer = new MutationObserver(choosePublish)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [hasPublishedDoc])
  return null
}
