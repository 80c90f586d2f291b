import type { EventName, EventPayload } from './contract/index.js';
import type { EventListener } from './index.js';

/** A tiny typed emitter for the push events the renderer receives. */
export class CoreEvents {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }
}
