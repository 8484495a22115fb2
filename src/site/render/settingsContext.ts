import { createContext } from 'preact'
import type { SiteSetting } from '@/payload-types'

/**
 * The site settings, for components deep in a page that need one of them (the embed box's rule
 * and contact) without every page passing them down. Provided by pageHtml (./html.tsx).
 */
export const SettingsContext = createContext<SiteSetting | null>(null)
