import { createScrubber, scrub, scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('objects the walk opens, written out in text', () => {
  it('drops every line of an address object in a JSON body and keeps its city, region, country and postcode', () => {
    const body =
      'payload={"billing_details":{"address":{"line1":"1-2-3 Shibuya","line2":"Apt 4B","city":"Tokyo","postal_code":"150-0002","country":"JP"}}}';
    expect(scrubString(body)).toBe(
      'payload={"billing_details":{"address":{"line1":"[address]","line2":"[address]","city":"Tokyo","postal_code":"150-0002","country":"JP"}}}',
    );
    expect(scrubString('requestBody: "{\\"address\\":{\\"line2\\":\\"Room 402\\",\\"city\\":\\"Austin\\"}}"')).toBe(
      'requestBody: "{\\"address\\":{\\"line2\\":\\"[address]\\",\\"city\\":\\"Austin\\"}}"',
    );
  });

  it('keeps an address record’s bookkeeping: its type, label, status, a validation message', () => {
    const errors = 'form errors: {"postal_address":{"type":"pattern","message":"Unknown postcode"}}';
    expect(scrubString(errors)).toBe(errors);
    expect(scrub({ address: { type: 'home', label: 'Casa', line1: 'Rua Augusta 42', city: 'São Paulo' } })).toEqual({
      address: { type: 'home', label: 'Casa', line1: '[address]', city: 'São Paulo' },
    });
  });

  it('drops a session object’s ID and keeps its times and owner; a credentials object keeps its descriptors', () => {
    expect(
      scrubString('{"session":{"id":"s_8f7e6d5c4b3a2918","expiresAt":"2026-12-01T00:00:00Z","userId":"u_1"}}'),
    ).toBe('{"session":{"id":"[token]","expiresAt":"2026-12-01T00:00:00Z","userId":"u_1"}}');
    expect(
      scrubString(
        'creds={"type":"service_account","project_id":"valine-prod","private_key_id":"9f8e7d6c5b4a","private_key":"k3y-m4t3r1al"}',
      ),
    ).toBe(
      'creds={"type":"service_account","project_id":"valine-prod","private_key_id":"9f8e7d6c5b4a","private_key":"[secret]"}',
    );
  });

  it('leaves keys in other objects and keys outside any object alone', () => {
    for (const text of [
      'session started for user 42 {"route":"/feed","status":200}',
      '{"shipment":{"line1":"box 3 of 4","carrier":"dhl"}} address verified',
      'address lookup ok line1=present',
    ]) {
      expect(scrubString(text)).toBe(text);
    }
  });

  it('reads every element of an array of objects as the array’s key, not only the first', () => {
    expect(scrubString('payload={"guests":[{"name":"Priya","id":1},{"name":"Tomás","id":2}, {"name":"Ana"}]}')).toBe(
      'payload={"guests":[{"name":"[name]","id":1},{"name":"[name]","id":2}, {"name":"[name]"}]}',
    );
    expect(
      scrubString('addresses: [{"line1":"Rua Augusta 42","city":"SP"},{"line1":"12 Baker Street","city":"London"}]'),
    ).toBe('addresses: [{"line1":"[address]","city":"SP"},{"line1":"[address]","city":"London"}]');
    // A top-level object after a closed one is in no object; the elements of an array of products are no people.
    expect(scrubString('{"customer":{"name":"Priya"}}, {"name":"Ana"}')).toBe(
      '{"customer":{"name":"[name]"}}, {"name":"Ana"}',
    );
    const products = '{"items":[{"name":"Basic plan"},{"name":"Pro plan"}]}';
    expect(scrubString(products)).toBe(products);
  });

  it('drops the addressee named alone in an address object, as the walk does', () => {
    expect(scrubString('body={"address":{"name":"Priya","line1":"12 Baker Street","city":"London"}}')).toBe(
      'body={"address":{"name":"[name]","line1":"[address]","city":"London"}}',
    );
    expect(scrub({ address: { name: 'Priya', city: 'London' } })).toEqual({
      address: { name: '[address]', city: 'London' },
    });
    // A name in an object that is no address or person stays: a plan, a venue.
    const venue = 'body={"venue":{"name":"Olympia","city":"London"}}';
    expect(scrubString(venue)).toBe(venue);
  });

  it('stays linear with many keys after an address object', () => {
    const scrubber = createScrubber({ limits: { maxStringLength: 2_000_000 } });
    const input = `{"address":{"line1":"Rua Augusta 42"}} ${'{"k":"v",'.repeat(150_000)}`;
    const started = performance.now();
    expect(scrubber.scrubString(input).startsWith('{"address":{"line1":"[address]"}} {"k"')).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
