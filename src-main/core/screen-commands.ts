import { SCREEN_COMMAND_IDS, type ScreenCommandId } from './contract/index.js';

type Listener = (available: readonly ScreenCommandId[]) => void;

/**
 * The File-menu commands the open screen offers, as the window last reported them. The shell
 * listens, so "सहेजें", "छापें" and "निर्यात करें" are greyed out where they would do nothing.
 */
export class ScreenCommands {
  private current: readonly ScreenCommandId[] = [];
  private readonly listeners = new Set<Listener>();

  available(): readonly ScreenCommandId[] {
    return this.current;
  }

  /** Records the window's report; listeners hear only of a real change. */
  set(available: readonly ScreenCommandId[]): null {
    const next = SCREEN_COMMAND_IDS.filter((id) => available.includes(id));
    if (next.length === this.current.length && next.every((id, index) => this.current[index] === id)) return null;
    this.current = next;
    for (const listener of this.listeners) listener(next);
    return null;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
