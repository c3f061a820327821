import { FormThrottle, postsPerAddress, postsPerClient, SlidingWindow } from '@portals/cms/forms';
import { describe, expect, it } from 'vitest';

const minute = 60_000;

function windowAt(limit: number, windowMs: number) {
  const clock = { now: 0 };
  return { clock, window: new SlidingWindow(limit, windowMs, () => clock.now) };
}

describe('SlidingWindow', () => {
  it('lets a key through up to its limit, then says how long to wait', () => {
    const { clock, window } = windowAt(2, 10 * minute);
    expect(window.hit('a')).toBe(0);
    clock.now = 4 * minute;
    expect(window.hit('a')).toBe(0);
    clock.now = 5 * minute;
    expect(window.hit('a')).toBe(5 * minute);
  });

  it('frees a place once the oldest hit leaves the window', () => {
    const { clock, window } = windowAt(2, 10 * minute);
    window.hit('a');
    clock.now = 4 * minute;
    window.hit('a');
    clock.now = 10 * minute;
    expect(window.hit('a')).toBe(0);
    expect(window.hit('a')).toBe(4 * minute);
  });

  it('counts each key alone, and forgets every key when cleared', () => {
    const { window } = windowAt(1, minute);
    expect(window.hit('a')).toBe(0);
    expect(window.hit('b')).toBe(0);
    expect(window.hit('a')).toBeGreaterThan(0);
    window.clear();
    expect(window.hit('a')).toBe(0);
  });

  it('does not count a refused hit, so waiting is enough to get through', () => {
    const { clock, window } = windowAt(1, minute);
    window.hit('a');
    for (let i = 0; i < 5; i += 1) window.hit('a');
    clock.now = minute;
    expect(window.hit('a')).toBe(0);
  });
});

describe('FormThrottle', () => {
  it('limits posts per client and per address, whatever the case of the address', () => {
    const throttle = new FormThrottle(() => 0);
    for (let i = 0; i < postsPerClient; i += 1) expect(throttle.client('10.0.0.1')).toBe(0);
    expect(throttle.client('10.0.0.1')).toBeGreaterThan(0);
    expect(throttle.client('10.0.0.2')).toBe(0);
    for (let i = 0; i < postsPerAddress; i += 1) expect(throttle.address('Ana@Example.be')).toBe(0);
    expect(throttle.address(' ana@example.be')).toBeGreaterThan(0);
  });

  it('counts the sub-addresses of one mailbox as that mailbox', () => {
    const throttle = new FormThrottle(() => 0);
    for (let i = 0; i < postsPerAddress; i += 1) {
      expect(throttle.address(`ana+${i}@example.be`)).toBe(0);
    }
    expect(throttle.address('ana@example.be')).toBeGreaterThan(0);
    expect(throttle.address('bob+ana@example.be')).toBe(0);
  });
});
