import { createScrubber, isIpv4, isIpv6, scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';
import { ipWithPort } from '../../src/rules/ip.js';

describe('ip rules', () => {
  it.each([
    '203.0.113.42',
    '10.0.0.1',
    '192.168.1.254',
    '255.255.255.0',
    '2001:db8::8a2e:370:7334',
    '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
    '::ffff:192.0.2.1',
    'fe80::1ff:fe23:4567:890a',
    'fe80::1%eth0',
  ])('replaces %j', (ip) => {
    expect(scrubString(`from ${ip} ok`)).toBe('from [ip] ok');
  });

  it('parses full and compressed addresses next to times', () => {
    expect(scrubString('09:26:53 from 2001:0db8:85a3:0000:0000:8a2e:0370:7334 at 12:30')).toBe(
      '09:26:53 from [ip] at 12:30',
    );
    expect(scrubString('09:26:53 from 2001:db8::7334 at 12:30:45.120')).toBe('09:26:53 from [ip] at 12:30:45.120');
    expect(scrubString('mac 0a:1b:2c:3d:4e ::ffff:1.2.3.4')).toBe('mac 0a:1b:2c:3d:4e [ip]');
  });

  it('finds the longest address form and parses no longer run', () => {
    expect(scrubString('from ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.254 ok')).toBe('from [ip] ok');
    const run = 'a1:'.repeat(5_000);
    expect(scrubString(run)).toBe(run);
  });

  it('treats a /32 block as one address', () => {
    expect(scrubString('allow 203.0.113.7/32')).toBe('allow [ip]/32');
  });

  it('finds addresses in URL paths', () => {
    expect(scrubString('GET /clients/203.0.113.7/sessions')).toBe('GET /clients/[ip]/sessions');
  });

  it('finds addresses after user-info', () => {
    expect(scrubString('mysql://root:toor@10.1.2.3:3306/shop')).toBe('mysql://root:[password]@[ip]:3306/shop');
  });

  it('keeps ports and brackets readable', () => {
    expect(scrubString('http://203.0.113.42:8080/x')).toBe('http://[ip]:8080/x');
    expect(scrubString('[2001:db8::1]:443')).toBe('[[ip]]:443');
  });

  it.each([
    '127.0.0.1',
    '0.0.0.0',
    '::1',
    '::',
    '1.2.3.4.5',
    '256.1.1.1',
    '01.02.03.04',
    'v1.2.3.4',
    '12:30:45',
    '2024-01-15T12:30:45.123Z',
    '00:1A:2B:3C:4D:5E',
    'std::vector',
    'a::b',
    'arn:aws:iam::123456789012:role/x',
    'allow 10.0.0.0/8 and 192.168.0.0/16',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  ])('keeps %j', (input) => {
    expect(scrubString(input)).toBe(input);
  });

  it('parses addresses', () => {
    expect(isIpv4('1.2.3.4')).toBe(true);
    expect(isIpv4('1.2.3.256')).toBe(false);
    expect(isIpv6('2001:db8::1')).toBe(true);
    expect(isIpv6('1:2:3:4:5:6:7:8:9')).toBe(false);
    expect(isIpv6('1::2::3')).toBe(false);
  });

  it('takes an IPv6 address written with its port after a colon (ALB logs), port included', () => {
    expect(scrubString('h2 2026-11-29T03:41:07Z app/web 2001:db8:85a3::8a2e:370:7334:51234 10.0.1.20:8080 0.001')).toBe(
      'h2 2026-11-29T03:41:07Z app/web [ip] [ip]:8080 0.001',
    );
  });
});

describe('an address and its port under an IP key', () => {
  it('replaces the address and keeps the port, in objects and in text', () => {
    expect(
      createScrubber().scrub({
        remoteAddress: '151.64.151.116:50812',
        peer: { ip: '[2001:db8::7]:443' },
        clientIp: '203.0.113.9',
        sourceIp: '999.1.1.1:80',
      }),
    ).toEqual({ remoteAddress: '[ip]:50812', peer: { ip: '[[ip]]:443' }, clientIp: '[ip]', sourceIp: '[ip]' });
    expect(scrubString('client={ID:131676 RemoteAddr:151.64.151.116:50812 Route:/v1/reels} ip=203.0.113.9:443')).toBe(
      'client={ID:131676 RemoteAddr:[ip]:50812 Route:/v1/reels} ip=[ip]:443',
    );
  });

  it('finds the address span only in a whole `address:port` value', () => {
    expect(ipWithPort('203.0.113.7:50812')).toEqual([0, 11]);
    expect(ipWithPort('[2001:db8::7]:443')).toEqual([1, 12]);
    expect(ipWithPort('203.0.113.7')).toBeNull();
    expect(ipWithPort('999.0.113.7:80')).toBeNull();
    expect(ipWithPort('203.0.113.7:80, 10.0.0.1')).toBeNull();
    expect(ipWithPort(`${'1'.repeat(100_000)}:80`)).toBeNull();
  });
});

describe('colon-separated hex that is no address', () => {
  it('keeps certificate serials, fingerprints and MAC addresses', () => {
    for (const text of ['notAfter=2027-02-26 serial=04:8f:2a:9c:1e:7b:3d:4e', 'mac 3c:22:fb:11:22:33 up']) {
      expect(scrubString(text)).toBe(text);
    }
    expect(scrubString('from 2001:db8:0:0:8:800:200c:417a ok')).toBe('from [ip] ok');
  });
});
