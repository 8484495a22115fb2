import { expect } from '@jest/globals'

const b64 = (s: string) => Buffer.from(s).toString('base64')

/**
 * Requests of the resumable uploads (src/media/tus.ts) against a running server at `base()`: the
 * tus protocol itself, and the media form's save of a finished upload by its receipt.
 */
export function tusRequests(base: () => string) {
  /** One tus request: the protocol's header, and the caller's token. */
  const tus = (
    token: string | null,
    method: string,
    url: string,
    headers = {},
    body?: Uint8Array,
  ) =>
    fetch(new URL(url, base()), {
      method,
      headers: {
        'Tus-Resumable': '1.0.0',
        ...(token ? { Authorization: `JWT ${token}` } : {}),
        ...headers,
      },
      body: body ? new Uint8Array(body) : undefined,
    })

  async function create(
    token: string | null,
    name: string,
    type: string,
    size: number,
    mode?: 'keep',
  ) {
    return tus(token, 'POST', '/api/tus', {
      'Upload-Length': String(size),
      'Upload-Metadata': `filename ${b64(name)},filetype ${b64(type)},alt ${b64('tus test')}${mode ? `,mode ${b64(mode)}` : ''}`,
    })
  }

  /**
   * The media form's save after its field sent the file over tus: Payload's client-upload form,
   * the fields in `_payload` and, for the file, the receipt for the finished upload. `id` replaces
   * the file of an existing document.
   */
  async function saveWithUpload(
    token: string,
    reference: unknown,
    name: string,
    type: string,
    size: number,
    id?: number,
  ) {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Sent in pieces from the form' }))
    form.append(
      'file',
      JSON.stringify({
        clientUploadContext: reference,
        collectionSlug: 'media',
        filename: name,
        mimeType: type,
        size,
      }),
    )
    const res = await fetch(new URL(`/api/media${id ? `/${id}` : ''}?depth=0`, base()), {
      method: id ? 'PATCH' : 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    return {
      status: res.status,
      body: (await res.json()) as {
        doc?: { id: number; filename: string; alt: string }
        errors?: { message: string }[]
      },
    }
  }

  /** The receipt the form asks for once its upload is finished. */
  async function receipt(token: string, id: string, filename: string) {
    const res = await fetch(
      new URL(`/api/tus/${id}/receipt?filename=${encodeURIComponent(filename)}`, base()),
      { headers: { Authorization: `JWT ${token}` } },
    )
    const body = (await res.json()) as { signedReceipt?: string; errors?: { message: string }[] }
    return { status: res.status, body, reference: { signedReceipt: body.signedReceipt } }
  }

  /** A finished upload kept for the form: its id and address. */
  async function kept(
    token: string,
    name: string,
    type: string,
    bytes: Uint8Array,
    upTo = bytes.length,
  ) {
    const created = await create(token, name, type, bytes.length, 'keep')
    expect(created.status).toBe(201)
    const url = created.headers.get('location')!
    // Kept, not made a document: the last piece answers 204 like any other.
    expect((await send(token, url, 0, bytes.subarray(0, upTo))).status).toBe(204)
    return { id: url.split('/').pop()!, url }
  }

  /** One piece; `headers` adds to the protocol's, such as an `Upload-Checksum`. */
  const send = (token: string, url: string, offset: number, bytes: Uint8Array, headers = {}) =>
    tus(
      token,
      'PATCH',
      url,
      {
        'Upload-Offset': String(offset),
        'Content-Type': 'application/offset+octet-stream',
        ...headers,
      },
      bytes,
    )

  /** What the media form does: the file over tus, its receipt, then the save (`id`: a new file). */
  async function sendAndSave(
    token: string,
    name: string,
    type: string,
    bytes: Uint8Array,
    id?: number,
  ) {
    const upload = await kept(token, name, type, bytes)
    const signed = await receipt(token, upload.id, name)
    expect(signed.status).toBe(200)
    const saved = await saveWithUpload(token, signed.reference, name, type, bytes.length, id)
    return { upload, saved }
  }

  return { tus, create, send, kept, receipt, saveWithUpload, sendAndSave }
}
