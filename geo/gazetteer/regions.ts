// First-level regions (provinces, governorates, oblasts). See buildRegions.
import type { Rec } from './build.ts';

export function regionsFromSources(_cities: Rec[]): Rec[] {
  return [];
}
