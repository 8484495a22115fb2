import { APIError } from 'payload'

/** Refuses a request with a status and a message a person can act on. */
export function forbidWith(status: number, message: string): never {
  throw new APIError(message, status, undefined, true)
}

/** 403 with a message. */
export function forbid(message: string): never {
  forbidWith(403, message)
}
