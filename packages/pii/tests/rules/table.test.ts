import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('CSV and TSV cells, by their column', () => {
  it('redacts the cells whose header a key rule names', () => {
    expect(scrubString('user_id\tdob\tssn\tpayout_status\ncltk7ih2\t2000-02-29\t397-39-0239\tPENDING\n')).toBe(
      'user_id\tdob\tssn\tpayout_status\ncltk7ih2\t[dob]\t[ssn]\tPENDING\n',
    );
    expect(scrubString('export users.csv:\nid,full_name,plan\n42,"Roe, Jane",pro\n43,Ana Lima,free')).toBe(
      'export users.csv:\nid,full_name,plan\n42,"[name]",pro\n43,[name],free',
    );
  });

  it('keeps a handle in a name column, a username rather than a name', () => {
    expect(
      scrubString('user_id\tfull_name\tcountry\n01JH\t@the.real.pablo\tMX\n02JH\tPablo Ruiz\tMX\n03JH\tokafor_c\tNG'),
    ).toBe('user_id\tfull_name\tcountry\n01JH\t@the.real.pablo\tMX\n02JH\t[name]\tMX\n03JH\tokafor_c\tNG');
  });

  it('stops at a row of another shape and leaves tables without a sensitive column alone', () => {
    expect(scrubString('id,dob\n1,1990-01-02\nsummary: 1 row\n2,3')).toBe('id,dob\n1,[dob]\nsummary: 1 row\n2,3');
    const plain = 'route,status,ms\nGET /posts,200,12\nPOST /reels,201,48';
    expect(scrubString(plain)).toBe(plain);
  });
});

describe('psql and markdown tables, and a header after a query', () => {
  it('reads a psql result under the query that made it, keeping the padding and the row count', () => {
    const session = [
      'Support ticket SUP-4000: ran this on the replica:',
      'valine=> SELECT id, first_name, last_name, email, ssn FROM kyc_checks;',
      ' id   | first_name | last_name | email  | ssn',
      '------+------------+-----------+--------+-------------',
      ' c9d8 | Zoë        | Lefèvre   | a@b.co | 123-45-6789',
      '(1 row)',
    ].join('\n');
    expect(scrubString(session).split('\n').slice(4)).toEqual([
      ' c9d8 | [name]        | [name]   | [email] | [ssn]',
      '(1 row)',
    ]);
  });

  it('reads a markdown table', () => {
    expect(scrubString('| user | full_name | plan |\n|---|---|---|\n| u1 | Jane Roe | pro |')).toBe(
      '| user | full_name | plan |\n|---|---|---|\n| u1 | [name] | pro |',
    );
  });

  it('takes no line of code or prose for a header', () => {
    for (const text of [
      'Traceback (most recent call last):\n    writer.writerow((uid, email, phone))\n  File "/opt/jobs/x.py", line 64, in build_row',
      '{\n    "field": "email",\n    "message": "Invalid email",\n}',
    ]) {
      expect(scrubString(text)).toBe(text);
    }
  });
});
