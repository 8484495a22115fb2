import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  Field,
} from 'payload'
import { authors } from '../access/authors'
import { authorsAndReviewers } from '../access/authorsAndReviewers'
import { nationalEditors } from '../access/nationalEditors'
import { enforceEditorialScope, scopeProvincialOperation } from '../access/provinces'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { staff } from '../access/staff'
import { assignFeedGuid, feedGuidField } from '../fields/feedGuidField'
import { draftChecks, noteDraftSave } from '../fields/draftChecks'
import { durationField } from '../fields/mediaFields'
import { publishedAtField, taxonomyFields } from '../fields/taxonomyFields'
import { slugField } from '../fields/slugField'
import { titleField } from '../fields/titleField'
import { copyDuration } from '../hooks/copyDuration'
import { guardDraftReads } from '../hooks/guardDraftReads'
import {
  trackMediaVisibility,
  trackMediaVisibilityOnDelete,
} from '../media/hooks/trackMediaVisibility'
import { adminPreview } from '../preview/adminPreview'
import { forgetPublishedSlugs, recordPublishedSlug } from '../redirects/recordPublishedSlug'
import { runWorkflow, workflowFields } from '../workflow'
import type { ContentSlug } from '../lib/slugs'

type ContentOptions = {
  slug: ContentSlug
  /** Prefix of the readable id used when the title gives no slug, e.g. `song`. */
  idPrefix: string
  labels: { singular: { en: string; lo: string }; plural: { en: string; lo: string } }
  fields: Field[]
  /** The media field whose duration the document shows (read-only, copied on save). */
  durationFrom?: 'audio' | 'video'
  /**
   * Another field of the form says the length (a radio spot's booked length): the copied
   * duration is still kept, for feeds and structured data, but not shown as a second length.
   */
  durationHidden?: boolean
  defaultColumns?: string[]
  /** Has a player partners can embed: shows the embed code in the edit view. */
  embeddable?: boolean
  /** Is an item of podcast feeds: has a permanent feed guid. */
  inFeeds?: boolean
  /** What else goes when a document is deleted (a quiz's answers). */
  beforeDelete?: CollectionBeforeDeleteHook[]
  /** Checks of its own before a write (a quiz's shape once answered). */
  beforeChange?: CollectionBeforeChangeHook[]
}

const pascal = (label: string) =>
  label
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase())
    .join('')

/**
 * The shape every public content type shares: localized title, unique slug, drafts with
 * autosave and scheduled publish, publishedAt, taxonomy relations, the review workflow
 * (src/workflow), and the access rules.
 */
export function contentCollection(options: ContentOptions): CollectionConfig {
  return {
    slug: options.slug,
    labels: options.labels,
    // Stable GraphQL names from the English labels: Song/Songs, NewsItem/News, TvSpot/TvSpots.
    graphQL: {
      singularName: pascal(options.labels.singular.en),
      pluralName: pascal(options.labels.plural.en),
    },
    admin: {
      useAsTitle: 'title',
      group: { en: 'Content', lo: 'ເນື້ອຫາ' },
      defaultColumns: options.defaultColumns ?? ['title', 'slug', '_status', 'updatedAt'],
      // The draft on the public page design, for staff only (src/preview).
      preview: adminPreview(options.slug),
      // The review status in the header, and Publish only for whoever may publish: the others'
      // main button sends the work for review (src/workflow).
      components: {
        edit: {
          Status: '/components/admin/ReviewStatus#ReviewStatus',
          PublishButton: '/components/admin/ReviewOrPublishButton#ReviewOrPublishButton',
        },
      },
    },
    access: {
      read: publishedOrStaff,
      readVersions: staff,
      create: authors,
      update: authorsAndReviewers,
      delete: nationalEditors,
    },
    versions: {
      // Validated drafts: a new one needs its title (src/fields/draftChecks.ts), so the create
      // view stores nothing until the editor saves it; autosave takes over from there.
      drafts: { autosave: { interval: 1500 }, schedulePublish: true, validate: true },
      maxPerDoc: 50,
    },
    defaultSort: '-publishedAt',
    // Every public list asks for published documents, newest first. With this index the database
    // walks them in order and stops at the page's end; without it, it sorts every published
    // document first (in SQLite, after building each one's locales and relations), so a page
    // of 10 songs out of 10,000 took over half a second (`npm run bench rest-list`).
    indexes: [{ fields: ['_status', 'publishedAt'] }],
    hooks: {
      beforeOperation: [guardDraftReads, scopeProvincialOperation, noteDraftSave],
      beforeChange: [
        enforceEditorialScope,
        runWorkflow,
        ...(options.durationFrom ? [copyDuration(options.durationFrom)] : []),
        ...(options.inFeeds ? [assignFeedGuid] : []),
        ...(options.beforeChange ?? []),
      ],
      afterChange: [trackMediaVisibility, recordPublishedSlug],
      ...(options.beforeDelete ? { beforeDelete: options.beforeDelete } : {}),
      afterDelete: [trackMediaVisibilityOnDelete, forgetPublishedSlugs],
    },
    fields: draftChecks([
      titleField(),
      slugField(options.idPrefix),
      publishedAtField,
      ...options.fields,
      ...(options.durationFrom
        ? [
            options.durationHidden
              ? { ...durationField, admin: { ...durationField.admin, hidden: true } }
              : durationField,
          ]
        : []),
      ...(options.inFeeds ? [feedGuidField] : []),
      ...taxonomyFields(),
      ...workflowFields,
      ...(options.embeddable
        ? [
            {
              name: 'embedCode',
              type: 'ui' as const,
              admin: {
                position: 'sidebar' as const,
                components: { Field: '/components/admin/EmbedCode#EmbedCode' },
              },
            },
          ]
        : []),
    ]),
  }
}
