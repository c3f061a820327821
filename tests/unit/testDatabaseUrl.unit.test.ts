import { describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../int/support/testDatabaseUrl.ts';

describe('testDatabaseUrl', () => {
  it('gives each test file a SQLite file of its own when no MongoDB is named', () => {
    expect(testDatabaseUrl('/tmp/x', undefined)).toBe('file:/tmp/x/test.db');
    expect(testDatabaseUrl('/tmp/x', 'file:/shared.db')).toBe('file:/tmp/x/test.db');
  });

  it('gives each test file a database of its own on a replica set, keeping hosts and options', () => {
    const url = testDatabaseUrl(
      '/tmp/x',
      'mongodb://cms:p%40ss@db1:27017,db2/portals?replicaSet=rs0',
    );
    expect(url).toMatch(
      /^mongodb:\/\/cms:p%40ss@db1:27017,db2\/portals_int_[0-9a-f]{8}\?replicaSet=rs0$/,
    );
    expect(testDatabaseUrl('/tmp/x', 'mongodb://h:1/a')).not.toBe(
      testDatabaseUrl('/tmp/x', 'mongodb://h:1/a'),
    );
  });

  it('adds the database to an address that names none', () => {
    expect(testDatabaseUrl('/tmp/x', 'mongodb+srv://c.example.net')).toMatch(
      /^mongodb\+srv:\/\/c\.example\.net\/portals_int_[0-9a-f]{8}$/,
    );
  });
});
