'use client'
import { useTranslation } from '@payloadcms/ui'
import { useMemo } from 'react'
import { sayWith } from './casts'
import type { Say } from './siang'

/** Siang's own strings (./siang.ts) by key, in the admin's language, for client components. */
export function useSay(): Say {
  const { t } = useTranslation()
  return useMemo(() => sayWith(t), [t])
}
