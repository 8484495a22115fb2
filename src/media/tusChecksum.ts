/**
 * The tus checksum extension: a client on a weak link sends each piece with
 * `Upload-Checksum: sha1 <base64 digest>`, and a piece whose bytes do not match is refused with
 * 460 and discarded, so that the upload's offset stays where it was and the client sends that
 * piece again. The digest is taken as the piece streams to disk, so no piece is ever held in
 * memory (a piece may be as large as the kind's limit, 2 GB for video); a piece that fails is cut
 * off the upload's file afterwards, still under the upload's lock and before a finished upload
 * becomes a document. No Payload imports.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { createHash } from 'node:crypto'
import { pipeline, Transform, type Readable } from 'node:stream'

/** What `Tus-Checksum-Algorithm` lists: sha1, the one the protocol asks every server to know. */
export const CHECKSUM_ALGORITHMS = ['sha1'] as const
type Algorithm = (typeof CHECKSUM_ALGORITHMS)[number]

const DIGEST_BYTES: Record<Algorithm, number> = { sha1: 20 }

export type PieceChecksum = { algorithm: Algorithm; digest: Buffer }

/** The checksum a request names, none, or why it cannot be checked (a 400). */
export function pieceChecksum(request: Request): PieceChecksum | null | { refusal: string } {
  const header = request.headers.get('upload-checksum')
  if (header === null) return null
  const [name, encoded, ...rest] = header.trim().split(/ +/)
  if (!name || !encoded || rest.length)
    return { refusal: 'Upload-Checksum is an algorithm and a base64 digest: "sha1 <digest>".' }
  const algorithm = name.toLowerCase() as Algorithm
  if (!CHECKSUM_ALGORITHMS.includes(algorithm))
    return {
      refusal: `Pieces are checked with ${CHECKSUM_ALGORITHMS.join(', ')} (Tus-Checksum-Algorithm), not ${name}.`,
    }
  const digest = Buffer.from(encoded, 'base64')
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || digest.length !== DIGEST_BYTES[algorithm])
    return {
      refusal: `The ${algorithm} digest in Upload-Checksum is ${DIGEST_BYTES[algorithm]} bytes in base64.`,
    }
  return { algorithm, digest }
}

const expected = new AsyncLocalStorage<PieceChecksum>()

/**
 * Runs the tus server's handling of one request with the checksum its piece must match. A header
 * that cannot be checked was answered with 400 before (src/media/tusProtocol.ts).
 */
export function withPieceChecksum<T>(request: Request, work: () => Promise<T>): Promise<T> {
  const checksum = pieceChecksum(request)
  return checksum && 'digest' in checksum ? expected.run(checksum, work) : work()
}

/** 460 Checksum Mismatch, as the tus server sends a refusal. */
const MISMATCH = {
  status_code: 460,
  body: JSON.stringify({
    errors: [{ message: 'Checksum mismatch: this piece was damaged on the way. Send it again.' }],
  }),
}

/**
 * Writes one piece through `write`, checking it against the checksum of its request, if any. A
 * piece that does not match, or does not arrive whole, is taken back out with `discard`: a piece
 * with a checksum is all or nothing.
 */
export async function writeChecked(
  piece: Readable,
  write: (piece: Readable) => Promise<number>,
  discard: () => Promise<void>,
): Promise<number> {
  const want = expected.getStore()
  if (!want) return write(piece)
  const hash = createHash(want.algorithm)
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      done(null, chunk)
    },
  })
  // pipeline, not pipe: a piece cut short destroys the hashing stream too, so the write ends.
  const hashed = pipeline(piece, hashing, () => undefined)
  let written: number
  try {
    written = await write(hashed)
  } catch (err) {
    await discard()
    throw err
  }
  if (!hash.digest().equals(want.digest)) {
    await discard()
    throw MISMATCH
  }
  return written
}
