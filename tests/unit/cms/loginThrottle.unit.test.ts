import { attemptsBeforeLock, LoginThrottle } from '@portals/cms/auth';
import { describe, expect, it } from 'vitest';

const minute = 60_000;

function throttleAt(start = 0) {
  const clock = { now: start };
  return { clock, throttle: new LoginThrottle(() => clock.now) };
}

function fail(throttle: LoginThrottle, times: number, address = 'admin@example.be', client = 'a') {
  const waits: number[] = [];
  for (let i = 0; i < times; i += 1) waits.push(throttle.attempt(address, client));
  return waits;
}

describe('LoginThrottle (issue #13)', () => {
  it('lets an address and client try five times, then makes them wait a minute', () => {
    const { throttle } = throttleAt();
    expect(fail(throttle, attemptsBeforeLock)).toEqual([0, 0, 0, 0, 0]);
    expect(throttle.attempt('admin@example.be', 'a')).toBe(minute);
  });

  it('never locks the same address out for another client', () => {
    const { throttle } = throttleAt();
    fail(throttle, attemptsBeforeLock * 3, 'admin@example.be', 'attacker');
    expect(throttle.attempt('admin@example.be', 'attacker')).toBeGreaterThan(0);
    expect(throttle.attempt('admin@example.be', 'admin-office')).toBe(0);
  });

  it('doubles each new lock up to fifteen minutes', () => {
    const { clock, throttle } = throttleAt();
    const locks: number[] = [];
    for (let round = 0; round < 6; round += 1) {
      fail(throttle, attemptsBeforeLock);
      const wait = throttle.attempt('admin@example.be', 'a');
      locks.push(wait / minute);
      clock.now += wait;
    }
    expect(locks).toEqual([1, 2, 4, 8, 15, 15]);
  });

  it('treats an address in capitals and with spaces as the same address', () => {
    const { throttle } = throttleAt();
    fail(throttle, attemptsBeforeLock, ' Admin@Example.be ');
    expect(throttle.attempt('admin@example.be', 'a')).toBe(minute);
  });

  it('forgets the failures after a successful login', () => {
    const { throttle } = throttleAt();
    fail(throttle, attemptsBeforeLock - 1);
    throttle.succeeded('admin@example.be', 'a');
    expect(fail(throttle, attemptsBeforeLock - 1)).toEqual([0, 0, 0, 0]);
  });

  it('forgets an address and client after a quiet quarter of an hour', () => {
    const { clock, throttle } = throttleAt();
    fail(throttle, attemptsBeforeLock);
    clock.now += 16 * minute;
    expect(fail(throttle, attemptsBeforeLock - 1)).toEqual([0, 0, 0, 0]);
  });
});
