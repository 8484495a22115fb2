import { getTranslation } from '@payloadcms/translations'
import { CollectionCards as PayloadCollectionCards } from '@payloadcms/next/rsc'
import type { WidgetServerProps } from 'payload'

/**
 * Payload's dashboard cards, whose ＋ button names its collection with `t('general:createNewLabel',
 * { label })`, `label` being the collection's `{ en, lo }` labels: it said "ສ້າງ [object Object]
 * ໃໝ່". Here a label given as such an object is put in the admin's language first.
 */
export function CollectionCards(props: WidgetServerProps) {
  const { i18n } = props.req
  const t = ((key: string, vars?: Record<string, unknown>) =>
    i18n.t(
      key as never,
      vars && vars.label && typeof vars.label === 'object'
        ? { ...vars, label: getTranslation(vars.label as Record<string, string>, i18n) }
        : vars,
    )) as typeof i18n.t
  return PayloadCollectionCards({ ...props, req: { ...props.req, i18n: { ...i18n, t } } })
}
