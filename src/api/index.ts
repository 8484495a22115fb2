import type { Plugin } from 'payload'
import { graphqlLimits } from './graphqlLimits'
import { capPublicReads } from './readLimits'

/**
 * What one API request may ask for at once: visitors' and partners' reads are capped on every
 * collection (src/api/readLimits.ts), and every GraphQL query is limited in depth and cost
 * (src/api/graphqlLimits.ts). Globals are left out: site-settings has no relations to fill in.
 */
export const boundedReads: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((c) => ({
    ...c,
    hooks: { ...c.hooks, beforeOperation: [capPublicReads, ...(c.hooks?.beforeOperation ?? [])] },
  })),
  graphQL: {
    ...config.graphQL,
    validationRules: (args) => [
      ...(config.graphQL?.validationRules?.(args) ?? []),
      graphqlLimits(args.variableValues),
    ],
  },
})
