import type { FilterOptions } from 'payload'

/**
 * Any document may be chosen, but it must exist. With filterOptions set, Payload checks the ids
 * against the database on save (and refuses unknown ones with 400); without it SQLite fails on
 * its foreign key with a 500, and MongoDB would keep a dangling reference.
 */
export const mustExist: FilterOptions = () => true
