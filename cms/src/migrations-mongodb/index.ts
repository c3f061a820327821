import type { Migration } from 'payload';

// MongoDB needs no schema migrations: collections and indexes follow the config at start-up.
// Data migrations MongoDB needs go here, one file each, listed in order. The SQLite
// migrations in `../migrations` are SQL and never run on MongoDB.
export const migrations: Migration[] = [];
