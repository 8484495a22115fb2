import { randomBytes } from 'node:crypto'

/** A new random password: 16 URL-safe characters (96 bits), for a login printed once. */
export const newPassword = (): string => randomBytes(12).toString('base64url')
