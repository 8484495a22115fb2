import type { Plugin, SanitizedConfig } from 'payload'

/**
 * A plugin that adjusts the sanitized config in place: `step` sees what Payload adds only while
 * sanitizing (its jobs, document-lock and preference collections, `createdAt` and `updatedAt`,
 * its own dashboard widget), which no ordinary plugin can reach, since `buildConfig` runs
 * plugins first.
 *
 * Payload offers no hook after sanitizing, so this rides on the one call it makes at the end of
 * `sanitizeConfig`: it builds the root rich-text editor (`isRoot: true`) from the finished config
 * (payload/dist/config/sanitize.js). Fields without an editor of their own build theirs from the
 * same factory earlier, with `isRoot: false`; those calls pass straight through. The alternatives
 * fall short: `onInit` is skipped when the dev server reloads the config, and
 * `jobs.jobsCollectionOverrides` reaches only the jobs collection and warns about its hooks.
 * tests/int/config-plugins.test.ts fails if Payload stops calling the editor last.
 *
 * Steps run in the order of their plugins, after the editor is built.
 */
export function afterSanitize(step: (config: SanitizedConfig) => void): Plugin {
  return (config) => {
    const editor = config.editor
    if (!editor) throw new Error('afterSanitize needs a root rich-text editor in the config')
    return {
      ...config,
      editor: async (args) => {
        const adapter = await editor(args)
        if (args.isRoot) step(args.config)
        return adapter
      },
    }
  }
}
