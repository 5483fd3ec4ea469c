/**
 * The Vue side of a gen-5 page's state: one reactive object per page, exposed as
 * window.__replica.getState() (the reactive state itself, file lists reported as the names they hold)
 * with a change counter bumped on every deep change.
 */
import { reactive, toRaw, watch } from 'vue';
import { expose, snapshot } from './common';

export function replicaState<S extends Record<string, unknown>>(platform: string, step: string, variant: string | undefined, initial: S): S {
  const state = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(toRaw(state) as Record<string, unknown>));
  watch(state, () => bump(), { deep: true, flush: 'sync' });
  return state;
}
