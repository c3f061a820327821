import {
  formatPublishEvent,
  parsePublishEvent,
  publishEventPrefix,
  type PublishEvent,
} from '@portals/content-models';
import { describe, expect, it } from 'vitest';

describe('parsePublishEvent', () => {
  it('reads the build command’s event lines and ignores the rest', () => {
    expect(parsePublishEvent('@publish {"phase":"build","ms":1234}')).toEqual({
      phase: 'build',
      ms: 1234,
    });
    expect(parsePublishEvent('@publish {"done":{"release":"r1","pages":12}}')).toEqual({
      done: { release: 'r1', pages: 12 },
    });
    expect(parsePublishEvent('@publish {"error":"boom"}')).toEqual({ error: 'boom' });
    expect(parsePublishEvent('@publish not json')).toBeNull();
    expect(parsePublishEvent('[build] 12 pages')).toBeNull();
  });

  it('treats a line with the prefix but not the event format as a log line', () => {
    expect(parsePublishEvent('@publish {"phase":"lunch","ms":5}')).toBeNull();
    expect(parsePublishEvent('@publish {"phase":"build","ms":"soon"}')).toBeNull();
    expect(parsePublishEvent('@publish {"done":{"release":"r1"}}')).toBeNull();
    expect(parsePublishEvent('@publish null')).toBeNull();
  });
});

describe('formatPublishEvent', () => {
  it('writes lines that parsePublishEvent reads back unchanged', () => {
    const events: PublishEvent[] = [
      { phase: 'start', ms: 380 },
      { phase: 'wait', ms: 0 },
      { phase: 'deploy', ms: 12.5 },
      { done: { release: '2026-11-23T10-00-00-000Z', pages: 42 } },
      { error: 'The build of hospichild failed:\nline two' },
    ];
    for (const event of events) {
      const line = formatPublishEvent(event);
      expect(line.startsWith(publishEventPrefix)).toBe(true);
      expect(line).not.toContain('\n');
      expect(parsePublishEvent(line)).toEqual(event);
    }
  });
});
