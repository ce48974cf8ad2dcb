/**
 * Table tests of the variant classes of issue #9 (1, 2, 3, 5 and 6), with our own words: each row
 * is a reader's word, an article's word and the strongest tier at which they meet (undefined:
 * never). Half the rows are precision traps: pairs that must not meet, or meet only in the
 * loosest tier where Roman spelling itself cannot tell them apart (दिन/दीन are both "din").
 */
import { describe, expect, it } from 'vitest';
import { type Tier, matchTier } from '../../../src/lib/hindi/keys';
import { splitGluedPostposition } from '../../../src/lib/hindi/stopwords';
import { compoundParts, joinKey } from '../../../src/lib/hindi/tokenize';

type Row = [query: string, article: string, tier: Tier | undefined];

const CLASS_1_VARIANTS: Row[] = [
  ['नये', 'नए', 'fold'],
  ['गयी', 'गई', 'fold'],
  ['किये', 'किए', 'fold'],
  ['लिये', 'लिए', 'fold'],
  ['आयी', 'आई', 'fold'],
  ['जायेगा', 'जाएगा', 'fold'],
  ['रुपये', 'रुपए', 'fold'],
  ['चाहिये', 'चाहिए', 'fold'],
  ['स्थायी', 'स्थाई', 'fold'],
  ['टेलीविजन', 'टेलिविजन', 'fold'],
  ['पुलीस', 'पुलिस', 'fold'],
  ['दीवाली', 'दिवाली', 'fold'],
  ['यूनिवर्सिटी', 'युनिवर्सिटी', 'fold'],
  ['कैलिफोर्निया', 'केलिफोर्निया', 'fold'],
  ['डॉक्टर', 'डाक्टर', 'fold'],
  ['कॉलेज', 'कालेज', 'fold'],
  ['ऑनलाइन', 'आनलाइन', 'fold'],
  ['दुःख', 'दुख', 'fold'],
  ['जगत्', 'जगत', 'fold'],
  ['शुरू', 'शुरु', 'fold'],
  ['ईरान', 'इरान', 'fold'],
  ['गङ्गा', 'गंगा', 'exact'],
  ['पञ्जाब', 'पंजाब', 'exact'],
  ['पण्डित', 'पंडित', 'exact'],
  ['१९४७', '1947', 'exact'],
  ['हिन्दी', 'हिंदी', 'exact'],
  ['मुलाक़ात', 'मुलाकात', 'exact'],
];

const CLASS_1_TRAPS: Row[] = [
  ['दिन', 'दीन', 'phonetic'],
  ['कम', 'काम', 'phonetic'],
  ['सुना', 'सूना', 'phonetic'],
  ['जल', 'जाल', 'phonetic'],
  ['पानी', 'पान', undefined],
  // ै/े in short words belongs to the phonetic tier only: Roman writes both as e/ai.
  ['मैं', 'में', 'phonetic'],
  ['हाल', 'हॉल', undefined],
  ['काफी', 'कॉफी', undefined],
  ['फॉर्म', 'फार्म', undefined],
  ['पॉप', 'पाप', undefined],
  ['नॉक', 'नाक', undefined],
  ['बॉल', 'बाल', undefined],
  ['मेला', 'मैला', 'phonetic'],
  ['जाती', 'जाति', 'phonetic'],
  ['जीतने', 'जितने', 'phonetic'],
  ['बहू', 'बहु', 'phonetic'],
  ['कुल', 'कूल', 'phonetic'],
  ['पूरी', 'पुरी', 'phonetic'],
  ['ये', 'ए', undefined],
  ['मिल', 'मील', 'phonetic'],
  ['पिता', 'पीता', 'phonetic'],
  ['चुना', 'चूना', 'phonetic'],
  ['धुल', 'धूल', 'phonetic'],
  ['जीतना', 'जितना', 'phonetic'],
  ['चूकने', 'चुकने', 'phonetic'],
  ['बूझना', 'बुझना', 'phonetic'],
  ['लूटने', 'लुटने', 'phonetic'],
  ['कॉल', 'काल', undefined],
  ['गया', 'गए', 'lemma'],
];

const CLASS_2_NAMES: Row[] = [
  ['इज़राइल', 'इजरायल', 'phonetic'],
  ['इस्राइल', 'इजराइल', undefined],
  ['ऑस्ट्रेलिया', 'आस्ट्रेलिया', 'fold'],
  ['यूक्रेन', 'युक्रेन', 'fold'],
  ['पेरिस', 'पैरिस', 'fold'],
  ['पुतिन', 'पूतिन', 'fold'],
  ['नेतन्याहू', 'नेतन्याहु', 'fold'],
  ['ट्रम्प', 'ट्रंप', 'exact'],
  ['जेलेंस्की', 'ज़ेलेंस्की', 'exact'],
  ['रूस', 'रुस', 'phonetic'],
  ['मैक्रों', 'मेक्रों', 'phonetic'],
  ['बांग्लादेश', 'बंगलादेश', 'phonetic'],
  ['ओलंपिक', 'ओलिंपिक', 'phonetic'],
  ['इंग्लैंड', 'इंगलैंड', 'phonetic'],
  ['जापान', 'जपान', 'phonetic'],
  // An inner vowel sign or halant written or not between consonants.
  ['अमेरिका', 'अमरीका', 'phonetic'],
  ['अमरीकी', 'अमेरिकी', 'phonetic'],
  ['america', 'अमरीका', 'phonetic'],
  ['amrika', 'अमेरिका', 'phonetic'],
  ['अफ्रीका', 'अफ़्रिका', 'fold'],
  ['इसराइल', 'इस्राइल', 'phonetic'],
  ['गरम', 'गर्म', 'phonetic'],
  ['वर्मा', 'वरमा', 'phonetic'],
];

const CLASS_2_TRAPS: Row[] = [
  ['ईरान', 'इराक', undefined],
  ['ऑस्ट्रिया', 'ऑस्ट्रेलिया', undefined],
  ['पाकिस्तान', 'अफगानिस्तान', undefined],
  ['चिली', 'चीन', undefined],
  ['पेरू', 'पेरिस', undefined],
  ['रोम', 'राम', undefined],
  ['नेपाल', 'नेपल्स', undefined],
  ['कनाडा', 'कन्नड़', undefined],
  ['मलेशिया', 'मलावी', undefined],
  ['स्वीडन', 'सूडान', undefined],
  ['जर्मनी', 'जमैका', undefined],
  ['स्पेन', 'स्वीडन', undefined],
  ['लंदन', 'लेबनान', undefined],
  ['अमेरिका', 'आर्मेनिया', undefined],
  ['सीरिया', 'साइबेरिया', undefined],
  ['कोरिया', 'कोलंबिया', undefined],
  // A dropped inner vowel makes a name's skeleton key only with four vowels: shorter words keep theirs.
  ['कमर', 'कुमार', undefined],
  ['केसर', 'कसर', undefined],
  ['सुधार', 'सुधीर', undefined],
  ['अमेरिका', 'अमीर', undefined],
  ['अमरीका', 'अमर', undefined],
  ['मलेशिया', 'मलाई', undefined],
];

const CLASS_3_INFLECTION: Row[] = [
  ['खेलने', 'खेल', 'lemma'],
  ['लिखते', 'लिखा', 'lemma'],
  ['पढ़ेंगे', 'पढ़ना', 'lemma'],
  ['जीती', 'जीत', 'lemma'],
  ['हारे', 'हार', 'lemma'],
  ['बोलीं', 'बोला', 'lemma'],
  ['लड़कियों', 'लड़की', 'lemma'],
  ['कहानियां', 'कहानी', 'lemma'],
  ['नदियों', 'नदी', 'lemma'],
  ['भाषाओं', 'भाषा', 'lemma'],
  ['घटनाओं', 'घटना', 'lemma'],
  ['बच्चों', 'बच्चा', 'lemma'],
  ['कमरे', 'कमरा', 'lemma'],
  ['देशों', 'देश', 'lemma'],
  ['बातें', 'बात', 'lemma'],
  ['नीतियों', 'नीति', 'lemma'],
  ['भाइयों', 'भाई', 'lemma'],
  ['सड़कें', 'सड़क', 'lemma'],
  ['महिलाओं', 'महिला', 'lemma'],
  ['रुपये', 'रुपया', 'lemma'],
  ['चुनावों', 'चुनाव', 'lemma'],
  ['मामलों', 'मामला', 'lemma'],
  ['बनाएंगे', 'बनाया', 'lemma'],
  // Adjectives agree in gender and number.
  ['अच्छी', 'अच्छा', 'lemma'],
  ['अच्छे', 'अच्छी', 'lemma'],
  ['बड़ी', 'बड़े', 'lemma'],
  ['बड़ा', 'बड़ी', 'lemma'],
  ['नई', 'नया', 'lemma'],
  ['नयी', 'नए', 'lemma'],
  ['लंबी', 'लंबे', 'lemma'],
  ['पुरानी', 'पुराने', 'lemma'],
  ['काली', 'काले', 'lemma'],
  // -िया nouns and their plurals.
  ['चिड़िया', 'चिड़ियों', 'lemma'],
  ['चिड़ियां', 'चिड़िया', 'lemma'],
  ['चिड़ियाँ', 'चिड़ियों', 'lemma'],
  ['गुड़िया', 'गुड़ियां', 'lemma'],
  ['बुढ़ियों', 'बुढ़िया', 'lemma'],
  ['डिबिया', 'डिबियों', 'lemma'],
  // -ा nouns' oblique and plural.
  ['समझौता', 'समझौतों', 'lemma'],
  ['समझौते', 'समझौतों', 'lemma'],
  ['घोटालों', 'घोटाला', 'lemma'],
  ['तबादले', 'तबादलों', 'lemma'],
  ['खुलासों', 'खुलासा', 'lemma'],
];

const CLASS_3_TRAPS: Row[] = [
  ['पानी', 'पान', undefined],
  ['रानी', 'रान', undefined],
  ['नदी', 'नद', undefined],
  ['साली', 'साल', undefined],
  ['काली', 'काल', undefined],
  ['मंत्री', 'मंत्र', undefined],
  ['चीनी', 'चीन', undefined],
  ['कमी', 'कम', undefined],
  ['जनता', 'जन', undefined],
  ['घटना', 'घट', undefined],
  ['सोना', 'सोता', undefined],
  ['कला', 'कल', undefined],
  ['राजा', 'राज', undefined],
  ['माता', 'मात', undefined],
  ['सरकारी', 'सरकार', undefined],
  ['भारती', 'भारत', undefined],
  ['हरी', 'हर', undefined],
  ['खाते', 'खाना', undefined],
  ['वर्षा', 'वर्ष', undefined],
  ['मात्रा', 'मात्र', undefined],
  ['लिए', 'लिया', undefined],
  ['सेवा', 'सेव', undefined],
  ['गाली', 'गाल', undefined],
  ['थाली', 'थाल', undefined],
  ['माली', 'माल', undefined],
  ['चोटी', 'चोट', undefined],
  ['घाटी', 'घाट', undefined],
  ['जाली', 'जाल', undefined],
  ['भारी', 'भार', undefined],
  // Gender is inflection only for adjectives: a noun's feminine is another word.
  ['लड़की', 'लड़का', undefined],
  ['बेटी', 'बेटा', undefined],
  ['घोड़ी', 'घोड़ा', undefined],
  ['चाची', 'चाचा', undefined],
  // A -िया noun's plural is not a -ी noun's, nor the reverse.
  ['लड़कियों', 'लड़किया', undefined],
  ['चिड़ियों', 'चिड़ी', undefined],
  ['दरिया', 'दरियों', undefined],
  ['बढ़िया', 'बढ़ी', undefined],
  ['दुनिया', 'दुनी', undefined],
  // An -ों plural leads back to -ा only for a listed -ा word.
  ['सालों', 'साला', undefined],
  ['राजा', 'राजों', undefined],
  ['कमरा', 'कमर', undefined],
];

const CLASS_5_ROMAN: Row[] = [
  ['sarkar', 'सरकार', 'phonetic'],
  ['sarkaar', 'सरकार', 'phonetic'],
  ['sirkar', 'सरकार', 'phonetic'],
  ['pradhan', 'प्रधान', 'phonetic'],
  ['mantri', 'मंत्री', 'phonetic'],
  ['dilli', 'दिल्ली', 'phonetic'],
  ['delhi', 'दिल्ली', 'phonetic'],
  ['police', 'पुलिस', 'phonetic'],
  ['vote', 'वोट', 'phonetic'],
  ['BCCI', 'बीसीसीआई', 'phonetic'],
  ['BJP', 'बीजेपी', 'phonetic'],
  ['modi', 'मोदी', 'phonetic'],
  ['rahul', 'राहुल', 'phonetic'],
  ['kejriwal', 'केजरीवाल', 'phonetic'],
  ['hindi', 'हिंदी', 'phonetic'],
  ['bharat', 'भारत', 'phonetic'],
  ['doctor', 'डॉक्टर', 'phonetic'],
  ['college', 'कॉलेज', 'phonetic'],
  ['station', 'स्टेशन', 'phonetic'],
  ['television', 'टेलीविजन', 'phonetic'],
  ['australia', 'ऑस्ट्रेलिया', 'phonetic'],
  ['ukraine', 'यूक्रेन', 'phonetic'],
  ['israel', 'इस्राइल', 'phonetic'],
  ['cricket', 'क्रिकेट', 'phonetic'],
  ['mumbai', 'मुंबई', 'phonetic'],
  ['chunav', 'चुनाव', 'phonetic'],
  ['raksha', 'रक्षा', 'phonetic'],
  ['kisan', 'किसान', 'phonetic'],
  ['shiksha', 'शिक्षा', 'phonetic'],
  ['bazar', 'बाजार', 'phonetic'],
  ['jaipur', 'जयपुर', 'phonetic'],
  ['singh', 'सिंह', 'phonetic'],
  ['aur', 'और', 'phonetic'],
  ['hai', 'है', 'phonetic'],
];

const CLASS_5_TRAPS: Row[] = [
  ['din', 'देना', undefined],
  ['dil', 'दाल', undefined],
  ['kam', 'कमी', undefined],
  ['jal', 'जेल', undefined],
  ['mat', 'मोटा', undefined],
  ['pal', 'पुल', undefined],
  ['ram', 'रोम', undefined],
  ['sena', 'सोना', undefined],
  ['sena', 'सीना', undefined],
  ['desh', 'दोष', undefined],
  ['mantri', 'मंत्र', undefined],
  ['sarkar', 'सरकारी', undefined],
  ['bharat', 'भारती', undefined],
  ['modi', 'मुद्दा', undefined],
  ['rail', 'रेला', undefined],
  ['hal', 'हिला', undefined],
  ['pani', 'पान', undefined],
  ['kal', 'काली', undefined],
  ['ghar', 'घेरा', undefined],
  ['aaj', 'आग', undefined],
  ['ras', 'रस्सी', undefined],
  ['dal', 'दिल', undefined],
  ['rang', 'रंगीन', undefined],
  ['desh', 'देशी', undefined],
  ['jan', 'जीना', undefined],
  ['sab', 'साबुन', undefined],
  ['bal', 'बोली', undefined],
  ['man', 'मीना', undefined],
];

const TABLES: [string, Row[]][] = [
  ['class 1: spelling variants', CLASS_1_VARIANTS],
  ['class 1: precision traps', CLASS_1_TRAPS],
  ['class 2: transliterated names', CLASS_2_NAMES],
  ['class 2: precision traps', CLASS_2_TRAPS],
  ['class 3: inflection', CLASS_3_INFLECTION],
  ['class 3: precision traps', CLASS_3_TRAPS],
  ['class 5: Roman typing', CLASS_5_ROMAN],
  ['class 5: precision traps', CLASS_5_TRAPS],
];

describe.each(TABLES)('%s', (_name, rows) => {
  it.each(rows)('%s meets %s at tier %s', (query, article, tier) => {
    expect(matchTier(query, article)).toBe(tier);
  });
});

describe('class 6: compounds and glued words', () => {
  it.each([
    ['प्रधान मंत्री', 'प्रधानमंत्री'],
    ['खान पान', 'खान-पान'],
    ['खानपान', 'खान-पान'],
    ['लोक सभा', 'लोकसभा'],
    ['विधान सभा', 'विधान-सभा'],
    ['राष्ट्र पति', 'राष्ट्रपति'],
  ])('%s and %s share one join key', (a, b) => {
    expect(joinKey(...a.split(' '))).toBe(joinKey(...b.split(' ')));
  });

  it.each([
    ['प्रधानमंत्री', ['प्रधान', 'मंत्री']],
    ['मुख्यमंत्री', ['मुख्य', 'मंत्री']],
    ['विधानसभा', ['विधान', 'सभा']],
    ['उपराष्ट्रपति', ['उपराष्ट्र', 'पति']],
    ['राजनीति', ['राज', 'नीति']],
    ['गृहमंत्रालय', ['गृह', 'मंत्रालय']],
  ])('splits %s into %j', (word, parts) => {
    expect(compoundParts(word)).toEqual(parts);
  });

  it.each(['मंत्री', 'सभा', 'पत्नी', 'संपति', 'दंपति', 'नगरी'])('does not split %s', (word) => {
    expect(compoundParts(word)).toBe(undefined);
  });

  it.each([
    ['भारतके', ['भारत', 'के']],
    ['संसदमें', ['संसद', 'में']],
    ['अदालतसे', ['अदालत', 'से']],
    ['सरकारको', ['सरकार', 'को']],
    ['पंजाबतक', ['पंजाब', 'तक']],
  ])('splits the glued postposition of %s into %j', (word, parts) => {
    expect(splitGluedPostposition(word)).toEqual(parts);
  });

  it.each(['लड़के', 'अपने', 'कैसे', 'अमेरिका', 'प्रौद्योगिकी', 'पुस्तक', 'बदलने', 'तकनीकी', 'भूमिका', 'खिड़की'])(
    'keeps %s whole',
    (word) => {
      expect(splitGluedPostposition(word)).toBe(undefined);
    },
  );
});
