import { describe, expect, it } from 'vitest';
import { fold, keyWords, nameKey, wordKey } from '../../geo/normalise.ts';

// Spellings of one place that must share a key.
const SAME: string[][] = [
  ['al-Qaim', 'Al Qā’im', 'Al-Qaim', 'Qaim', "Al Qa'im", 'El Qa’im'],
  ['Deir ez-Zor', 'Dayr az Zawr', 'Deir al-Zour', 'Deir el-Zor', 'Dayr az-Zawr', 'Dair az-Zaur'],
  ['Khan Younis', 'Khān Yūnis', 'Khan Yunis', 'Khan Younes', 'Khan-Yunis'],
  ['Abu Kamal', 'Albu Kamal', 'Ālbū Kamāl', 'Al Bu Kamal', 'Abou Kamal'],
  ['Hodeidah', 'Al Ḩudaydah', 'Hudaydah', 'Al-Hudaydah', 'Hodeida'],
  ['Odesa', 'Odessa'],
  ['Kiryat Shmona', 'Qiryat Shmona'],
  ['Jurf al-Nasr', 'Jurf an-Nasr', 'Jurf al Nasr', 'Jurf Al-Nasr'],
  ['Sanaa', "Sana'a", 'Ṣan‘ā’', 'Sana‘a'],
  ['Baalbek', "Ba'albek", 'Ba`albek'],
  ['Ramadi', 'Ar Ramadi', 'Ar-Ramādī', 'al-Ramadi'],
  ['Rafah', 'Rafaḩ', 'Rafa'],
  ['Zaporizhzhia', 'Zaporizhia'],
  ['Ramadiyah', 'Ramadieh'],
  ['Qusayr', 'Al-Qusayr', 'Kusayr'],
  ['Kyiv', 'KYIV', 'kyiv', 'Kiev'],
  ['Beirut', 'Bayrut', 'Beyrut'],
  ['Hussein', 'Husayn', 'Husein'],
  ['Sheikh Jarrah', 'Shaykh Jarrah', 'Sheikh Jarah'],
  ['Jabalia', 'Jabalya', 'Jabaliya', 'Jabālyā'],
  ['Sulaymaniyah', 'Sulaymaniyyah', 'As-Sulaymaniyah'],
  ['الموصل', 'موصل'],
  ['القائم', 'قائم'],
];

// Different places whose keys must differ.
const DIFFERENT: [string, string][] = [
  ['Hit', 'Hims'],
  ['Gaza', 'Giza'],
  ['Tripoli', 'Tirupati'],
  ['Homs', 'Hama'],
  ['Idlib', 'Irbid'],
  ['Raqqa', 'Riyadh'],
  ['Kharkiv', 'Kherson'],
  ['Mosul', 'Misrata'],
  ['Beirut', 'Basra'],
  ['Sidon', 'Sudan'],
  ['Jenin', 'Jinan'],
  ['Aden', 'Adana'],
  ['Erbil', 'Irbid'],
  ['Khan Younis', 'Khan Shaykhun'],
  ['al-Qaim', 'Kim'],
  ['Dair', 'Dir'],
];

describe('nameKey', () => {
  it.each(SAME.map((g) => [g[0]!, g] as const))('spellings of %s share one key', (_, group) => {
    const keys = group.map(nameKey);
    expect(new Set(keys).size, `${group.join(' / ')} → ${keys.join(' / ')}`).toBe(1);
    expect(keys[0]).not.toBe('');
  });

  it.each(DIFFERENT)('%s and %s differ', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('drops articles only when something else remains', () => {
    expect(nameKey('Al')).toBe(nameKey('al'));
    expect(nameKey('Al')).not.toBe('');
    expect(nameKey('As Suwayda')).toBe(nameKey('Suwayda'));
  });

  it('normalises whitespace and punctuation', () => {
    expect(nameKey('  Deir   ez-Zor ')).toBe(nameKey('Deir ez Zor'));
    expect(nameKey('Bab el-Mandeb')).toBe(nameKey('Bab al Mandeb'));
    expect(nameKey('')).toBe('');
    expect(nameKey('-')).toBe('');
  });

  it('keeps digits', () => {
    expect(nameKey('Tower 22')).toBe('tuwir 22');
    expect(nameKey('H-3')).toBe(nameKey('H3'.replace('3', ' 3')));
  });

  it('is idempotent on its own output for Latin names', () => {
    for (const g of SAME.slice(0, 12))
      for (const s of g) expect(nameKey(nameKey(s))).toBe(nameKey(s));
  });

  it('has helpers consistent with nameKey', () => {
    expect(fold('Ḩalab')).toBe('halab');
    expect(wordKey('qaim')).toBe(nameKey('Qaim'));
    expect(keyWords(nameKey('Deir ez-Zor Governorate'))).toBe(3);
    expect(keyWords('')).toBe(0);
  });
});
