/**
 * Step recognition, pure: which step of a platform's filing is on the page, from the labels the page
 * shows and the title of the active step (if the page marks one). Labels decide (they work on any
 * component library); the active-step title breaks ties and names steps that have no fields.
 */
import type { PlatformId } from '../hosts';
import { norm } from '../text';
import { stepsOf } from './maps';
import type { StepSpec } from './types';

export interface PageFeatures {
  /** normalized visible label texts */
  labels: string[];
  /** texts of the step bar's active item / current headings */
  activeTitles: string[];
}

const known = new Map<PlatformId, Set<string>>();
/** Every label (normalized) the platform's steps know: the only ones recognition needs to look at. */
export function knownLabels(platform: PlatformId): Set<string> {
  let set = known.get(platform);
  if (!set) {
    set = new Set(stepsOf(platform).flatMap((s) => s.fields.flatMap((f) => f.labels.map(norm))));
    known.set(platform, set);
  }
  return set;
}

export interface StepMatch { spec: StepSpec; score: number; matched: number }

export function recognizeStep(platform: PlatformId, page: PageFeatures): StepMatch | undefined {
  const labels = new Set(page.labels.map(norm));
  const active = page.activeTitles.map(norm);
  let best: StepMatch | undefined;
  const seen = new Set<string>();
  for (const spec of stepsOf(platform)) {
    if (seen.has(spec.step)) continue; // variants share labels; the variant is chosen by the entity at fill time
    seen.add(spec.step);
    const matched = spec.fields.filter((f) => f.labels.some((l) => labels.has(norm(l)))).length;
    const titleHit = spec.titles.some((t) => active.some((a) => a === norm(t) || a.includes(norm(t))));
    const required = spec.fields.filter((f) => !f.optional).length;
    const ratio = required ? matched / Math.max(required, 1) : 0;
    const ok = titleHit || (matched >= 2 && ratio >= 0.3);
    if (!ok) continue;
    // Absolute matches first (a later step repeats an earlier step's labels), then coverage, then the active title.
    const score = matched + ratio + (titleHit ? 3 : 0);
    if (!best || score > best.score) best = { spec, score, matched };
  }
  return best;
}
