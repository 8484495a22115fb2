import type { CollectionBeforeOperationHook, Field, Validate } from 'payload'
import { validations } from 'payload'

type Check = Parameters<Validate>[1]

/** Set on `req.context` for each write: whether it saves a draft (autosave, `?draft=true`). */
const DRAFT_SAVE = 'siangDraftSave'

/**
 * A content type's checks on drafts, which Payload runs only with `versions.drafts.validate`.
 * Siang turns that on so that nothing is stored before a title is typed: with it, Payload's create
 * view waits for the editor's first save instead of storing an empty draft at once. A draft save
 * still checks nothing else, as before: a new draft needs its title, and every other check waits
 * for a save that is not a draft. The admin's form, which checks as the editor types, knows no
 * save yet: there the document's status decides.
 */
function checkedNow(name: string | undefined, top: boolean, options: Check): boolean {
  const { data, operation, req } = options
  const draftSave = req.context?.[DRAFT_SAVE] as boolean | undefined
  const status = (data as { _status?: string } | undefined)?._status
  if (draftSave === false || status === 'published') return true
  return top && name === 'title' && operation === 'create'
}

/** Notes whether the write saves a draft, as Payload decides it, for the checks above. */
export const noteDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { draft, data } = args as { draft?: boolean; data?: { _status?: string } }
  req.context[DRAFT_SAVE] = Boolean(draft) && data?._status !== 'published'
  return args
}

function onDrafts(field: Field, top: boolean): Field {
  if ('virtual' in field && field.virtual) return field
  const name = 'name' in field ? field.name : undefined
  const own =
    ('validate' in field ? (field.validate as Validate | undefined) : undefined) ??
    // Payload's default check for the type, which it would have set itself.
    (validations as unknown as Record<string, Validate | undefined>)[field.type]
  const nested = nestedFields(field, top)
  if (!own) return nested
  const validate: Validate = (value, options) =>
    checkedNow(name, top, options) ? own(value, options) : true
  return { ...nested, validate } as Field
}

function nestedFields(field: Field, top: boolean): Field {
  if (field.type === 'tabs')
    return {
      ...field,
      tabs: field.tabs.map((tab) => ({
        ...tab,
        fields: tab.fields.map((f) => onDrafts(f, top && !('name' in tab))),
      })),
    }
  if (field.type === 'blocks')
    return {
      ...field,
      blocks: (field.blocks ?? []).map((b) => ({
        ...b,
        fields: b.fields.map((f) => onDrafts(f, false)),
      })),
    }
  if ('fields' in field) {
    // Rows and collapsibles keep their fields at the top; groups and arrays nest them.
    const flat = field.type === 'row' || field.type === 'collapsible'
    return { ...field, fields: field.fields.map((f) => onDrafts(f, top && flat)) } as Field
  }
  return field
}

/** The fields of a content type, with the draft checks above. */
export const draftChecks = (fields: Field[]): Field[] => fields.map((f) => onDrafts(f, true))
