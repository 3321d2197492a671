import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('literals of INSERT statements, by their column', () => {
  it('redacts the values whose column a key rule names, keeps the others', () => {
    expect(
      scrubString(
        "INSERT INTO applicants (id, name, ssn, dob, created_at) VALUES (41, 'Rajesh Kumar', '078-05-1120', '1984-02-29', NOW()) RETURNING id",
      ),
    ).toBe(
      "INSERT INTO applicants (id, name, ssn, dob, created_at) VALUES (41, '[name]', '[ssn]', '[dob]', NOW()) RETURNING id",
    );
  });

  it('reads quoted identifiers, doubled quotes and calls with commas', () => {
    expect(
      scrubString(
        `insert into "User" ("displayName", "street_address", "birthDate", "plan") values ('O''Hara', crypt('x', gen_salt('bf')), '1990-01-02', 'pro')`,
      ),
    ).toBe(
      `insert into "User" ("displayName", "street_address", "birthDate", "plan") values ('[name]', [address], '[dob]', 'pro')`,
    );
  });

  it('keeps bind placeholders, NULL and statements without a sensitive column', () => {
    for (const sql of [
      'INSERT INTO "User" ("email", "dob") VALUES ($1, $2)',
      'INSERT INTO users (email, dob) VALUES (?, NULL)',
      "INSERT INTO posts (id, title, created_at) VALUES (7, 'Hello 1984-02-29', now())",
    ]) {
      expect(scrubString(sql)).toBe(sql);
    }
  });
});
