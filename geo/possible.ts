// Possible events: sentences that hold a strike or attack cue but gave no event,
// because they name no place the geoparser could read ("Drones hit a fuel depot
// overnight, the governor said"). The workbench lists them so the editor can add
// the place by hand. Pure; reads the analysis the other stages made.
import { kindOf, type SentenceEvents } from './events.ts';
import type { ResolvedMention } from './resolve.ts';
import type { Sentence } from './sentences.ts';
import { excerptOf, type NormalisedText } from './text.ts';
import type { PossibleEvent } from './types.ts';

/**
 * One entry per sentence (titles and headlines aside) whose cues include a strong one (not
 * a bare "were hit") of a strike or an attack, that located no event, resolved
 * or not, and that names no place at all: "Paris condemned the strike" names one,
 * and its strike is another sentence's.
 */
export function possibleEvents(
  text: NormalisedText,
  sentences: readonly Sentence[],
  events: readonly SentenceEvents[],
  mentions: readonly ResolvedMention[],
): PossibleEvent[] {
  const named = new Set(
    mentions.filter((m) => m.role === 'place' && (m.place || m.tentative)).map((m) => m.sentence),
  );
  const out: PossibleEvent[] = [];
  events.forEach((se, i) => {
    if (se.events.length || sentences[i]!.headline || named.has(i)) return;
    // A title or a caption (no closing punctuation) sums the story up: no event of its own.
    if (!/[.!?"”’)]$/.test(text.text.slice(sentences[i]!.start, sentences[i]!.end).trimEnd()))
      return;
    for (const cue of se.cues) {
      if (cue.neutral) continue;
      const kind = kindOf(cue.cls, cue.actor?.type ?? 'unknown', cue.means);
      if (!kind) continue;
      const s = sentences[i]!;
      out.push({
        kind,
        actor: cue.actor?.text ?? null,
        means: cue.means,
        excerpt: excerptOf(text, s.start, s.end),
        excerptStart: s.start,
        cue: [cue.start, cue.end],
      });
      return;
    }
  });
  return out;
}
