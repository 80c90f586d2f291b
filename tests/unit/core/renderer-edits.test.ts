import { describe, expect, it } from 'vitest';
import { CoreEvents } from '../../../src-main/core/events.js';
import { RendererEdits } from '../../../src-main/core/renderer-edits.js';

describe('saving the window\'s edits before it closes', () => {
  it('asks the window and resolves once it answers', async () => {
    const events = new CoreEvents();
    const edits = new RendererEdits(events);
    const asked: string[] = [];
    events.subscribe((name) => {
      asked.push(name);
      if (name === 'app:saveEdits') setTimeout(() => edits.saved(true), 5);
    });
    expect(await edits.saveBeforeClosing(5_000)).toBe('saved');
    expect(asked).toEqual(['app:saveEdits']);
  });

  it('gives up after the wait when no window answers, so quitting is never held up for good', async () => {
    const edits = new RendererEdits(new CoreEvents());
    expect(await edits.saveBeforeClosing(20)).toBe('timedOut');
    // A late answer finds nobody waiting and does no harm.
    expect(edits.saved(true)).toBeNull();
  });

  it('passes on that a save failed, so the shell can ask before closing', async () => {
    const events = new CoreEvents();
    const edits = new RendererEdits(events);
    events.subscribe((name) => {
      if (name === 'app:saveEdits') setTimeout(() => edits.saved(false), 5);
    });
    expect(await edits.saveBeforeClosing(5_000)).toBe('notSaved');
  });
});
