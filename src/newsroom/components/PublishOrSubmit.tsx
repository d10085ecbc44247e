'use client'

import {
  FormSubmit,
  PublishButton,
  useConfig,
  useDocumentInfo,
  useField,
  useForm,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

import { PreselectPublishInSchedule } from './PreselectPublishInSchedule'

/**
 * Editors get Payload's Publish button (with Schedule). People who may not publish (Payload asks
 * the same access rule the server enforces) get "Submit for review" instead.
 */
export function PublishOrSubmit() {
  const { hasPublishPermission } = useDocumentInfo()
  return hasPublishPermission ? (
    <>
      <PublishButton />
      <PreselectPublishInSchedule />
    </>
  ) : (
    <SubmitForReviewButton />
  )
}

function SubmitForReviewButton() {
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { submit } = useForm()
  const { value, setValue } = useField<string>({ path: 'workflow' })
  const isInReview = value === 'in-review'

  const submitForReview = async () => {
    if (!id || !collectionSlug) return
    setValue('in-review')
    await submit({
      action: formatAdminURL({
        apiRoute: api,
        path: `/${collectionSlug}/${id}?depth=0&draft=true`,
      }),
      method: 'PATCH',
      overrides: { _status: 'draft', workflow: 'in-review' },
      skipValidation: true,
    })
  }

  return (
    <FormSubmit
      buttonId="action-submit-for-review"
      disabled={!id || isInReview}
      onClick={() => void submitForReview()}
      size="medium"
      type="button"
    >
      {isInReview ? 'Submitted for review' : 'Submit for review'}
    </FormSubmit>
  )
}
