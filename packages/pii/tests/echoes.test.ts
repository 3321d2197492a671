import { createScrubber } from '@valine/pii';
import { describe, expect, it } from 'vitest';

const scrubber = createScrubber();

describe('values removed by key, removed again where the record repeats them', () => {
  it('takes a first name out of the text rendered from it', () => {
    const input = {
      template: 'connection-accepted',
      recipient: { userId: '7044526', first_name: 'Min-jun' },
      rendered: 'Min-jun, your reel is live! https://valine.social/r/AIW3AeNg',
    };
    expect(scrubber.scrub(input)).toEqual({
      template: 'connection-accepted',
      recipient: { userId: '7044526', first_name: '[name]' },
      rendered: '[name], your reel is live! https://valine.social/r/AIW3AeNg',
    });
    // The caller's object is untouched.
    expect(input.rendered).toBe('Min-jun, your reel is live! https://valine.social/r/AIW3AeNg');
  });

  it('takes the words of a full name, in any script, wherever the record repeats them', () => {
    expect(
      scrubber.scrub({
        to: { fullName: 'Thandi Nkosi' },
        subject: 'Thandi, you have a new follower',
        body: ['Hi Thandi,', 'Nkosi family account'],
        ko: { firstName: '민지', text: 'Hi 민지, welcome' },
      }),
    ).toEqual({
      to: { fullName: '[name]' },
      subject: '[name], you have a new follower',
      body: ['Hi [name],', '[name] family account'],
      ko: { firstName: '[name]', text: 'Hi [name], welcome' },
    });
  });

  it('takes a password spelled out again elsewhere in the record', () => {
    expect(
      scrubber.scrub({ db: { password: 'S3cure!Valine2026' }, debug: 'connecting with S3cure!Valine2026 to primary' }),
    ).toEqual({ db: { password: '[password]' }, debug: 'connecting with [password] to primary' });
  });

  it('matches whole words only, keeps handles and device models, and forgets between calls', () => {
    expect(scrubber.scrub({ user: { name: 'Al' }, note: 'Also sent to Alba' })).toEqual({
      user: { name: '[name]' },
      note: 'Also sent to Alba',
    });
    expect(scrubber.scrub({ pusher: { name: 'meilin-v' }, author: { name: 'Mei Lin', username: 'meilin-v' } })).toEqual(
      { pusher: { name: 'meilin-v' }, author: { name: '[name]', username: 'meilin-v' } },
    );
    expect(scrubber.scrub({ device: { deviceName: 'Pixel de María José', model: 'Pixel 7a' } })).toEqual({
      device: { deviceName: '[name]', model: 'Pixel 7a' },
    });
    scrubber.scrub({ user: { firstName: 'Giulia' } });
    expect(scrubber.scrub({ note: 'Giulia' })).toEqual({ note: 'Giulia' });
  });

  it('stays linear when a remembered value repeats a million times', () => {
    const big = createScrubber({ limits: { maxStringLength: 2_000_000 } });
    const started = performance.now();
    const out = big.scrub({ user: { name: 'Al' }, note: 'Al '.repeat(400_000) }) as { note: string };
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(out.note.startsWith('[name] [name] ')).toBe(true);
    expect(out.note).not.toContain('Al ');
  });
});
