import type { SanitizedConfig, Widget } from 'payload'

/**
 * Payload's dashboard cards in the admin's language (src/components/admin/CollectionCards.tsx).
 * Declared under Payload's own slug, `collections`, so that saved dashboard layouts keep it.
 */
export const collectionCardsWidget: Widget = {
  slug: 'collections',
  Component: '/components/admin/CollectionCards#CollectionCards',
  minWidth: 'full',
}

/**
 * Sanitizing always appends Payload's own `collections` widget, after ours. Payload looks widgets
 * up by slug and takes the first, so ours is used; the copy is dropped so that the "add widget"
 * drawer lists it once.
 */
export function oneWidgetPerSlug(config: SanitizedConfig): SanitizedConfig {
  // Only the slug matters here; Payload's widget type, with its fields, is too deep to filter.
  const dashboard = config.admin.dashboard as { widgets: { slug: string }[] } | undefined
  if (dashboard)
    dashboard.widgets = dashboard.widgets.filter(
      (w, i) => dashboard.widgets.findIndex((other) => other.slug === w.slug) === i,
    )
  return config
}
