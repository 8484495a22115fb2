'use client'
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { statusLabel, type WorkflowStatus } from '@/workflow/states'

/**
 * The status in the edit view's header, in place of Payload's (admin.components.edit.Status):
 * the review status, read from the same form field as the review panel, so the two always agree.
 * Approved work that is live says so as Payload does: published, or changed since.
 */
export function ReviewStatus() {
  const { hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.workflowStatus?.value) as
    WorkflowStatus | undefined
  const { t, i18n } = useTranslation()
  const review = status ?? 'draft'
  const label =
    review === 'approved' && hasPublishedDoc
      ? t(unpublishedVersionCount > 0 ? 'version:changed' : 'version:published')
      : statusLabel(review, i18n.language)
  return (
    <div className="status" title={`${t('version:status')}: ${label}`}>
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value" data-testid="header-status">
          {label}
        </span>
      </div>
    </div>
  )
}
