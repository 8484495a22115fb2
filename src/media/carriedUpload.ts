import type { PayloadRequest } from 'payload'

/** Where @payloadcms/plugin-cloud-storage keeps the file of the upload under way. */
const CARRIED = '_payloadCloudStorage'

/**
 * Runs a write of another media document, made on a request that already uploaded a file,
 * without that file, and hands the file back afterwards.
 *
 * The cloud-storage plugin keeps the file of an upload in `req.context`, so that a nested
 * operation clearing `req.file` cannot lose it, and it stores that file under the name of
 * whichever media document is written next on the request. A job storing a data-saver copy and
 * then writing the original's status, on one request, replaced the original in the bucket with
 * the copy's bytes. The local API also clears `req.file` for the operation that follows.
 */
export async function withoutCarriedUpload<T>(
  req: PayloadRequest,
  write: () => Promise<T>,
): Promise<T> {
  const { file, payloadUploadSizes } = req
  const carried = req.context?.[CARRIED]
  if (req.context) delete req.context[CARRIED]
  try {
    return await write()
  } finally {
    req.file = file
    req.payloadUploadSizes = payloadUploadSizes
    // Payload's local API gives the request a new context object on each nested call.
    if (carried === undefined) delete req.context?.[CARRIED]
    else req.context = { ...req.context, [CARRIED]: carried }
  }
}
