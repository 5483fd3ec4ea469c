/**
 * How the pages spell the values of a field's options, where they differ from the profile's (value → page option
 * texts). Only the planner and capture read these (the extension's own pages and background): kept apart from the
 * field dictionary so that the content script, which recognises fields but never chooses a value, does not carry them.
 */
import type { FieldDef } from './vocabulary';

/** Person certificate types: the ICP list (§1.7) and the 公安 spellings (§2.2, old codes [C1: S32]); a type the page lacks is never guessed. */
const PERSON_CERT: Readonly<Record<string, readonly string[]>> = {
  居民身份证: ['居民身份证', '身份证', '中华人民共和国居民身份证'],
  护照: ['护照', '普通护照'],
  台湾居民来往大陆通行证: ['台湾居民来往大陆通行证', '台胞证'],
  港澳居民来往内地通行证: ['港澳居民来往内地通行证', '回乡证'],
  港澳居民居住证: ['港澳居民居住证', '居住证'],
  台湾居民居住证: ['台湾居民居住证', '居住证'],
};
/** Unit certificate types as the 公安 platform spells them (§2.2 [C1: S32]); 营业执照 → 营业执照证书 is [INF]. */
const UNIT_CERT: Readonly<Record<string, readonly string[]>> = {
  '营业执照（个人或企业）': ['营业执照（个人或企业）', '营业执照', '营业执照证书'],
  统一社会信用代码证书: ['统一社会信用代码证书', '统一社会信用代码证'],
};

const SPELLINGS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'person.certType': PERSON_CERT,
  'entity.certType': { ...UNIT_CERT, ...PERSON_CERT },
};

/** A field's value → page option texts: its spellings here, else its own (yes / no words, span words, languages). */
export function spellingsOf(f: FieldDef): Readonly<Record<string, readonly string[]>> | undefined {
  return SPELLINGS[f.id] ?? f.options;
}
