// The mention finder's rules one by one (geo/mention-rules/), on sentences written for these
// tests and the small fake gazetteer.
import { describe, expect, it } from 'vitest';
import { findMentionsInSentence, tokenize, type Mention, type Token } from '../../geo/mentions.ts';
import { nameKey } from '../../geo/normalise.ts';
import type { Gazetteer, Place } from '../../geo/gazetteer/types.ts';
import {
  afterTitleOrGivenName,
  personCue,
  personRun,
  secondNameWord,
} from '../../geo/mention-rules/person.ts';
import { companyCue, organisationWordAfter } from '../../geo/mention-rules/company.ts';
import { longerName, naturalFeature } from '../../geo/mention-rules/feature.ts';
import { afterComma, stateAbbreviation, usState } from '../../geo/mention-rules/state.ts';
import * as span from '../../geo/mention-rules/span.ts';
import { readSingle } from '../../geo/mention-rules/single.ts';
import { isModifier } from '../../geo/mention-rules/modifier.ts';
import { plausible, writtenAlike } from '../../geo/mention-rules/spelling.ts';
import {
  candidatesFor,
  continentOfAdjective,
  demonymCountry,
} from '../../geo/mention-rules/candidates.ts';
import { mentionAt } from '../../geo/mention-rules/reading.ts';
import { fakeGazetteer } from './fake-gazetteer.ts';

const gaz = fakeGazetteer();

/** One sentence: the whole text. */
const sentence = (text: string, headline = false) => ({
  index: 0,
  start: 0,
  end: text.length,
  headline,
});
const toks = (text: string, headline = false): Token[] => tokenize(text, sentence(text, headline));
/** The index of the (first) token spelt `word`. */
const at = (tokens: readonly Token[], word: string): number => {
  const k = tokens.findIndex((t) => t.text === word);
  if (k < 0) throw new Error(`no token ${word}`);
  return k;
};

describe('person cues', () => {
  it('a title or a given name just before the word', () => {
    for (const text of ['We met Minister Dorval.', 'We met Dr. Dorval.', 'We met Peter Dorval.']) {
      const t = toks(text);
      expect(afterTitleOrGivenName(t, at(t, 'Dorval'))).toBe(true);
    }
    const t = toks('We drove to Dorval.');
    expect(afterTitleOrGivenName(t, at(t, 'Dorval'))).toBe(false);
  });

  it('a given name and the capitalised words after it are one person', () => {
    const t = toks('Later Peter Janssen Ortiz arrived.');
    expect(personRun(t, at(t, 'Peter'), sentence(''))).toEqual({
      end: at(t, 'arrived'),
      names: [nameKey('Janssen'), nameKey('Ortiz')],
    });
    const alone = toks('Later Peter arrived.');
    expect(personRun(alone, at(alone, 'Peter'), sentence(''))).toBeNull();
    // A headline capitalises every word: its first word starts no person.
    const head = toks('Peter Pan Returns To Lyon', true);
    expect(personRun(head, 0, sentence('', true))).toBeNull();
  });

  it('a given name alone is a person, whatever places it names', () => {
    const t = toks('They thanked Kevin.');
    expect(personCue(t, at(t, 'Kevin'), false)).toBe(true);
  });

  it('a small place that speaks is a person, unless its people speak', () => {
    const spoke = toks('Dorval said the road was closed.');
    expect(personCue(spoke, 0, true)).toBe(true);
    expect(personCue(spoke, 0, false)).toBe(false);
    const people = toks('Residents of Dorval said the road was closed.');
    expect(personCue(people, at(people, 'Dorval'), true)).toBe(false);
  });

  it('a speech verb before a name that ends the clause, and an initial before it', () => {
    const quoted = toks('“It is late,” said Dorval.');
    expect(personCue(quoted, at(quoted, 'Dorval'), true)).toBe(true);
    const officials = toks('“It is late,” said Dorval officials.');
    expect(personCue(officials, at(officials, 'Dorval'), true)).toBe(false);
    const initial = toks('Marta K. Dorval was charged.');
    expect(personCue(initial, at(initial, 'Dorval'), true)).toBe(true);
  });

  it('the second word of a proper name, but not after a qualifier or an ordinary first word', () => {
    const t = toks('The court heard Rosalind Dorval on Monday.');
    expect(secondNameWord(t, at(t, 'Dorval'), sentence(''), new Set())).toBe(true);
    const q = toks('Troops entered Northern Dorval on Monday.');
    expect(secondNameWord(q, at(q, 'Dorval'), sentence(''), new Set())).toBe(false);
    const first = toks('Then Dorval voted.');
    expect(secondNameWord(first, 1, sentence(''), new Set(['then']))).toBe(false);
  });
});

describe('company cues', () => {
  it('a company suffix after a small place makes a company', () => {
    const t = toks('Shares of Dorval Holdings rose.');
    expect(companyCue(t, at(t, 'Dorval'), true)).toBe(true);
    expect(companyCue(t, at(t, 'Dorval'), false)).toBe(false);
    const town = toks('Shares rose in Dorval yesterday.');
    expect(companyCue(town, at(town, 'Dorval'), true)).toBe(false);
  });

  it('a capitalised organisation word after the name', () => {
    const org = toks('The Lyon Police said nothing.');
    expect(organisationWordAfter(org, at(org, 'Lyon') + 1)).toBe(true);
    const lower = toks('The Lyon police said nothing.');
    expect(organisationWordAfter(lower, at(lower, 'Lyon') + 1)).toBe(false);
  });
});

describe('feature-word cues', () => {
  it('natural feature words', () => {
    expect(['river', 'mountains', 'valley', 'dam'].every(naturalFeature)).toBe(true);
    expect(['city', 'province', 'River'].some(naturalFeature)).toBe(false);
  });

  it('a natural feature word or an unknown capitalised word makes a longer name', () => {
    const end = (t: Token[]) => at(t, 'Paris') + 1;
    const river = toks('Boats sailed up the Paris River today.');
    expect(longerName(gaz, river, end(river), sentence(''))).toBe(true);
    const unknown = toks('They crossed Paris Zorblatt Square.');
    expect(longerName(gaz, unknown, end(unknown), sentence(''))).toBe(true);
    for (const text of [
      'The Paris Police spoke.',
      'Paris and Lyon voted.',
      "Paris's Mayor spoke.",
    ]) {
      const t = toks(text);
      expect(longerName(gaz, t, end(t), sentence(''))).toBe(false);
    }
    // A place before another place's name is a list or a pair, not a longer name.
    const pair = toks('Trains link Paris Lyon daily.');
    expect(longerName(gaz, pair, end(pair), sentence(''))).toBe(false);
    const head = toks('Storm Hits Paris Zorblatt Square', true);
    expect(longerName(gaz, head, end(head), sentence('', true))).toBe(false);
  });
});

describe('US state abbreviations', () => {
  it('the dot after the words, or in them', () => {
    const text = 'He grew up in Dublin, Ga. and left.';
    const t = toks(text);
    const ga = t[at(t, 'Ga')]!;
    expect(stateAbbreviation(text, 'Ga', ga.end)).toBe('Georgia');
    expect(stateAbbreviation('in W. Va. today', 'W. Va.', 9)).toBe('West Virginia');
    expect(stateAbbreviation('in Ga today', 'Ga', 5)).toBeUndefined();
    expect(stateAbbreviation('in Qx. today', 'Qx', 5)).toBeUndefined();
    expect(afterComma(t, at(t, 'Ga'))).toBe(true);
    expect(afterComma(t, at(t, 'Dublin'))).toBe(false);
  });

  it("the gazetteer's US state of that name, no other", () => {
    const georgiaUS = { id: 'us-ga', type: 'region', country: 'US' } as Place;
    const georgia = { id: 'ge', type: 'country', country: 'GE' } as Place;
    const g = { lookup: (k: string) => (k === nameKey('Georgia') ? [georgia, georgiaUS] : []) };
    expect(usState(g as unknown as Gazetteer, 'Georgia')).toEqual([georgiaUS]);
    expect(usState(gaz, 'Georgia')).toEqual([]);
  });
});

describe('span edges', () => {
  it('a name starts capitalised, or with a hyphenated article', () => {
    const t = toks('Fighting near al-Qaim and in the town.');
    expect(span.startsName(t[at(t, 'al')]!, t[at(t, 'Qaim')])).toBe(true);
    expect(span.startsName(t[at(t, 'in')]!, t[at(t, 'the')])).toBe(false);
  });

  it('the longest run that may be one name', () => {
    const t = toks('Ships sailed in the Gulf of Aden near Al Asad air base yesterday.');
    expect(span.spanEnd(t, at(t, 'Gulf'), 4)).toBe(at(t, 'near'));
    expect(span.spanEnd(t, at(t, 'Gulf'), 1)).toBe(at(t, 'of') + 1);
    expect(span.spanEnd(t, at(t, 'Al'), 4)).toBe(at(t, 'yesterday'));
    const st = toks('They flew to St. Petersburg today.');
    expect(span.spanEnd(st, at(st, 'St'), 4)).toBe(at(st, 'today'));
  });

  it('which word may end a name', () => {
    const t = toks('Students at Mississippi State University and in Anbar province cheered.');
    const ms = at(t, 'Mississippi');
    expect(span.mayEndName(t, ms, ms + 2)).toBe(false);
    expect(span.mayEndName(t, ms, ms + 3)).toBe(true);
    expect(span.mayEndName(t, at(t, 'Anbar'), at(t, 'province') + 1)).toBe(true);
    expect(span.mayEndName(t, at(t, 'and'), at(t, 'in') + 1)).toBe(false);
  });

  it('particles and hyphens join a span to the words around it', () => {
    const bab = toks('Trucks crossed at Bab al-Hawa today.');
    expect(span.joinedTo(bab, at(bab, 'Bab'), at(bab, 'Bab') + 1)).toBe('particle');
    const louis = toks('She lives in Saint-Louis now.');
    expect(span.joinedTo(louis, at(louis, 'Louis'), at(louis, 'Louis') + 1)).toBe(
      louis[at(louis, 'Saint')],
    );
    const plain = toks('She lives in Lyon now.');
    expect(span.joinedTo(plain, at(plain, 'Lyon'), at(plain, 'Lyon') + 1)).toBeNull();
  });

  it('a major place stands alone in a hyphenated pair', () => {
    expect(span.major(gaz.lookup(nameKey('Iraq')))).toBe(true);
    expect(span.major(gaz.lookup(nameKey('Hit')))).toBe(false);
  });

  it('inside a longer name: after a capitalised word that is not a qualifier', () => {
    const t = toks('We saw Lyon Paris and Greater Paris.');
    expect(span.insideLongerName(t, at(t, 'Paris'), sentence(''))).toBe(true);
    expect(span.insideLongerName(t, t.length - 1, sentence(''))).toBe(false);
    expect(span.insideLongerName(t, at(t, 'Paris'), sentence('', true))).toBe(false);
  });

  it('"Republic of" before a country and a compass word before a continent join the span', () => {
    /** The one-word mention of `word` in `text`, with these candidates, after extendSpan. */
    const extended = (text: string, word: string, candidates: readonly Place[]) => {
      const t = toks(text);
      const k = at(t, word);
      const m = { start: t[k]!.start, end: t[k]!.end, text: word, tokenStart: k, tokenEnd: k + 1 };
      const mention = { ...m, candidates } as unknown as Mention;
      span.extendSpan(text, t, mention);
      return [mention.text, mention.tokenStart, mention.start];
    };
    const iraq = gaz.lookup(nameKey('Iraq'));
    expect(extended('Envoys of the Republic of Iraq met.', 'Iraq', iraq)).toEqual([
      'Republic of Iraq',
      3,
      14,
    ]);
    expect(extended('Envoys of the Republic of Iraq met.', 'Iraq', [])).toEqual(['Iraq', 5, 26]);
    const europe = continentOfAdjective(nameKey('European'))!;
    expect(extended('Trade with North Europe grew.', 'Europe', [europe])).toEqual([
      'North Europe',
      2,
      11,
    ]);
    expect(extended('Trade with North Europe grew.', 'Europe', iraq)[0]).toBe('Europe');
  });
});

describe('single-word admission', () => {
  const read = (text: string, word: string, smallOnly = false, lower = new Set<string>()) => {
    const t = toks(text);
    return readSingle(gaz, t, at(t, word), sentence(text), lower, smallOnly);
  };

  it('a place, a name, or neither', () => {
    expect(read('Rain fell on Lyon today.', 'Lyon')).toBe('place');
    expect(read('Rain fell on Lyon today.', 'Lyon', true)).toBe('place');
    expect(read('Lyon said the rain would stop.', 'Lyon', true)).toBe('name');
    expect(read('Lyon said the rain would stop.', 'Lyon', false)).toBe('place');
    expect(read('Then Marta Lyon spoke.', 'Lyon', true)).toBe('name');
  });

  it('short and all-capital words: places only when listed', () => {
    expect(read('Troops left the US on Monday.', 'US')).toBe('place');
    expect(read('Troops left the DFL on Monday.', 'DFL')).toBe('other');
    expect(read('The Ur site was closed.', 'Ur')).toBe('other');
  });

  it("a word's shape or an ordinary word", () => {
    expect(read('The CEOs met.', 'CEOs')).toBe('other');
    expect(read('The YouTube video spread.', 'YouTube')).toBe('other');
    expect(read('They met the Iraqi envoy.', 'Iraqi')).toBe('other');
    expect(read('Nice weather came.', 'Nice', false, new Set(['nice']))).toBe('other');
    expect(read('Rain fell in Nice today.', 'Nice', false, new Set(['nice']))).toBe('place');
  });
});

describe('modifiers', () => {
  it('possessive, hyphenated affiliation or a lower-case noun after the name', () => {
    const mod = (text: string, word: string) => {
      const t = toks(text);
      return isModifier(t, at(t, word) + 1);
    };
    expect(mod("Iraq's army advanced.", 'Iraq')).toBe(true);
    expect(mod('Iran-backed groups fired.', 'Iran')).toBe(true);
    expect(mod('US forces left.', 'US')).toBe(true);
    expect(mod('Lyon and Paris voted.', 'Lyon')).toBe(false);
    expect(mod('In Lyon officials said.', 'Lyon')).toBe(true);
    expect(mod('In Lyon said the mayor.', 'Lyon')).toBe(false);
    expect(mod('Anbar province was calm.', 'Anbar')).toBe(false);
    expect(mod('Lyon reported calm.', 'Lyon')).toBe(false);
    expect(mod('They fled Lyon.', 'Lyon')).toBe(false);
  });
});

describe('spelling and candidates', () => {
  it('written names close enough', () => {
    expect(writtenAlike('Geneva', 'Genève', 0.8)).toBe(true);
    expect(writtenAlike('Newcastle', 'Newcastle upon Tyne', 0.85)).toBe(true);
    expect(writtenAlike('Zara', 'Zarra', 0.85)).toBe(false);
    const small = { type: 'city', population: 500, country: 'FR', name: 'Zarra' } as Place;
    expect(plausible('Zara', small)).toBe(false);
    expect(plausible('Zara', { ...small, country: 'IQ' })).toBe(true);
  });

  it('demonyms, continents and one-word waters', () => {
    expect(demonymCountry(gaz, 'Iraqi')).toBe('IQ');
    expect(demonymCountry(gaz, 'They')).toBeUndefined();
    expect(continentOfAdjective(nameKey('European'))?.name).toBe('Europe');
    // "the Caspian": a one-word name of a sea; "the Red" is an ordinary word.
    const sea = { id: 'caspian', type: 'water', population: 0 } as Place;
    const g = {
      lookup: (k: string) => (k === nameKey('Caspian Sea') ? [sea] : []),
    } as unknown as Gazetteer;
    const word = (text: string) => toks(text)[0]!;
    expect(candidatesFor(g, nameKey('Caspian'), 'Caspian', word('Caspian'))).toEqual([sea]);
    expect(candidatesFor(g, nameKey('Caspian'), 'Caspian', null)).toEqual([]);
    expect(candidatesFor(gaz, nameKey('Red'), 'Red', word('Red'))).toEqual([]);
  });

  it('mentionAt reads a demonym, a division and a name', () => {
    const text = 'Iraqi troops reached Lyon County and Baghdad.';
    const t = toks(text);
    const read = (i: number, j: number) => mentionAt(text, sentence(text), t, i, j, gaz);
    expect(read(0, 1)).toMatchObject({ how: 'demonym', mention: { country: 'IQ' } });
    const lc = at(t, 'Lyon');
    expect(read(lc, lc + 2)).toMatchObject({ how: 'division', nameEnd: lc + 1 });
    expect(read(at(t, 'Baghdad'), at(t, 'Baghdad') + 1)?.how).toBe('name');
    expect(read(at(t, 'troops'), at(t, 'troops') + 1)).toBeNull();
  });
});

describe('findMentionsInSentence', () => {
  it('takes the person names found before and returns them with its own, the given set unchanged', () => {
    const text = 'Kevin Lyon met officials in Paris and Nice.';
    const known = new Set([nameKey('Paris')]);
    const r = findMentionsInSentence(text, sentence(text), gaz, toks(text), new Set(), known);
    expect(r.mentions.map((m) => m.text)).toEqual(['Nice']);
    expect([...known]).toEqual([nameKey('Paris')]);
    expect(r.persons).toEqual(new Set([nameKey('Paris'), nameKey('Lyon')]));
  });
});
