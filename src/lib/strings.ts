/**
 * Every word of the interface, in Hindi. Components and scripts read labels from here and
 * nowhere else, so the wording stays consistent and reviewable in one place.
 */
// With its extension: the browser suite imports this module under plain Node, not Vite.
import { HINDI_MONTHS } from './dates.ts';
import { groupIndian } from './number-format.ts';

export const SITE_NAME = 'हिंदी समाचार';

/** The site's one-line description, for the home page, feeds and metadata. */
export const SITE_DESCRIPTION = 'रक्षा, देश और दुनिया की ख़बरें, हिंदी में: तेज़, हल्का और हर फ़ोन पर पढ़ने लायक़।';

/** Interface labels. */
export const t = {
  skipToContent: 'मुख्य सामग्री पर जाएँ',
  home: 'मुखपृष्ठ',
  topics: 'विषय',
  allTopics: 'सभी विषय',
  search: 'खोजें',
  searchLabel: 'ख़बरें खोजें',
  searchPlaceholder: 'जैसे: राजनाथ, रक्षा, hegseth',
  mainNav: 'मुख्य नेविगेशन',
  latestNews: 'ताज़ा ख़बरें',
  pagination: 'पन्ने',
  previousPage: 'पिछला पन्ना',
  nextPage: 'अगला पन्ना',
  firstPage: 'पहला पन्ना',
  lastPage: 'अंतिम पन्ना',
  archive: 'ख़बरों का संग्रह',
  archiveLink: 'पुरानी ख़बरें',
  archiveIntro: 'साल और महीने के हिसाब से सारी ख़बरें।',
  published: 'प्रकाशित',
  updated: 'अपडेट',
  by: 'लेखक',
  dateline: 'स्थान',
  readingTime: 'पढ़ने का समय',
  agency: 'एजेंसी',
  source: 'स्रोत',
  sourceCredit: 'यह ख़बर मूल रूप से यहाँ प्रकाशित हुई',
  desk: 'डेस्क',
  related: 'संबंधित ख़बरें',
  previousArticle: 'पिछली ख़बर',
  nextArticle: 'अगली ख़बर',
  articleTopics: 'इस ख़बर के विषय',
  corrections: 'सुधार',
  draft: 'मसौदा: यह ख़बर अभी प्रकाशित नहीं हुई है',
  rss: 'RSS फ़ीड',
  footerNote: 'यह एक स्थिर (स्टैटिक) साइट है: कोई ट्रैकिंग नहीं, कोई विज्ञापन नहीं।',
  notFoundTitle: 'यह पन्ना नहीं मिला',
  notFoundBody: 'आप जो पन्ना ढूँढ रहे हैं, वह यहाँ नहीं है। हो सकता है पता बदल गया हो या उसमें कोई ग़लती हो।',
  notFoundHome: 'मुखपृष्ठ पर लौटें',
  notFoundSearch: 'या ख़बर खोजें',
  topicsIntro: 'विषय के हिसाब से ख़बरें पढ़ें।',
  share: 'यह ख़बर शेयर करें',
  shareNative: 'शेयर करें',
  copyLink: 'लिंक कॉपी करें',
  linkCopied: 'लिंक कॉपी हो गया।',
  copyFailed: 'लिंक कॉपी नहीं हो सका: पता बार से कॉपी करें।',
  shareFailed: 'शेयर नहीं हो सका, फिर कोशिश करें।',
} as const;

/** Hindi digits are not used: Western digits, as BBC Hindi and Jagran print them (Indian grouping). */
const numberFormat = { format: groupIndian };

/** "2 मिनट" */
export function readingTimeLabel(minutes: number): string {
  return `${numberFormat.format(minutes)} मिनट`;
}

/** `en` for a name written only in Latin letters (so screen readers switch voice), else none. */
export function latinLang(text: string): 'en' | undefined {
  return /\p{Script=Latin}/u.test(text) && !/\p{Script=Devanagari}/u.test(text) ? 'en' : undefined;
}

/** "3 ख़बरें" / "1 ख़बर" */
export function articleCountLabel(count: number): string {
  return `${numberFormat.format(count)} ${count === 1 ? 'ख़बर' : 'ख़बरें'}`;
}

/** "पन्ना 2 / 5" for a paginated list. */
export function pageLabel(page: number, pages: number): string {
  return `पन्ना ${numberFormat.format(page)} / ${numberFormat.format(pages)}`;
}

/** "पन्ना 7": the accessible name of a numbered page link. */
export function pageNumberLabel(page: number): string {
  return `पन्ना ${numberFormat.format(page)}`;
}

/** "2021 की ख़बरें" */
export function yearTitle(year: number): string {
  return `${year} की ख़बरें`;
}

/** "अप्रैल 2021", with the Hindi month name. */
export function monthLabel(year: number, month: number): string {
  return `${HINDI_MONTHS[month - 1]} ${year}`;
}

/** "अप्रैल 2021 की ख़बरें" */
export function monthTitle(year: number, month: number): string {
  return `${monthLabel(year, month)} की ख़बरें`;
}

/** Page title for a topic list: "विषय: रक्षा". */
export function topicTitle(label: string): string {
  return `विषय: ${label}`;
}

/** Composes a document title: "राजनाथ … | हिंदी समाचार". */
export function documentTitle(title?: string): string {
  return title ? `${title} | ${SITE_NAME}` : SITE_NAME;
}

/** Search page labels and messages. */
export const searchText = {
  pageTitle: 'ख़बरें खोजें',
  intro: 'देवनागरी या रोमन अक्षरों में लिखें, जैसे “राजनाथ” या “rajnath”। सभी शब्दों वाली ख़बरें दिखेंगी।',
  topicFilter: 'विषय',
  sort: 'क्रम',
  sortRelevance: 'सबसे प्रासंगिक',
  sortNewest: 'सबसे नई',
  results: 'खोज के नतीजे',
  empty: 'खोजने के लिए कोई शब्द लिखें।',
  tooShort: 'कम से कम दो अक्षर लिखें।',
  loading: 'खोज रहे हैं…',
  noResults: (query: string) => `“${query}” से जुड़ी कोई ख़बर नहीं मिली। वर्तनी बदलकर या कम शब्दों से खोजें।`,
  /** `complete` false: the count is a lower bound (more are looked up when the reader pages on). */
  count: (count: number, query: string, complete = true) =>
    complete
      ? `“${query}” के लिए ${groupIndian(count)} ${count === 1 ? 'ख़बर मिली' : 'ख़बरें मिलीं'}।`
      : `“${query}” के लिए कम से कम ${groupIndian(count)} ख़बरें मिलीं।`,
  more: 'और नतीजे दिखाएँ',
  didYouMean: 'क्या आपका मतलब था',
  loadError: 'खोज अभी शुरू नहीं हो सकी: इंटरनेट कनेक्शन जाँचकर फिर कोशिश करें।',
  retry: 'फिर कोशिश करें',
  devNoIndex:
    'खोज का इंडेक्स साइट बनाते समय (npm run build) तैयार होता है, इसलिए डेवलपमेंट सर्वर पर खोज नहीं चलती। npm run build और npm run preview से आज़माएँ।',
  noScript: 'खोज के लिए ब्राउज़र में JavaScript चालू होना चाहिए। विषयों के पन्नों से भी ख़बरें पढ़ी जा सकती हैं।',
} as const;

/** Front page, reading settings, listen, save and offline labels (issue 12). */
export const readerText = {
  frontPageHeading: 'मुखपृष्ठ',
  topStories: 'मुख्य ख़बरें',
  moreIn: (label: string) => `${label}: और ख़बरें`,
  settings: 'पढ़ने की सेटिंग',
  textSize: 'अक्षरों का आकार',
  textSizeSteps: ['छोटा', 'सामान्य', 'बड़ा', 'और बड़ा', 'सबसे बड़ा'],
  theme: 'रंग',
  themeSystem: 'सिस्टम जैसा',
  themeLight: 'हल्का',
  themeDark: 'गहरा',
  digits: 'अंक',
  digitsWestern: '0 1 2 3',
  digitsDevanagari: '० १ २ ३',
  digitsWesternName: 'अंतरराष्ट्रीय अंक',
  digitsDevanagariName: 'देवनागरी अंक',
  articleTools: 'ख़बर के साधन',
  listen: 'सुनें',
  pause: 'रोकें',
  resume: 'जारी रखें',
  stop: 'बंद करें',
  save: 'बाद में पढ़ें',
  saved: 'सहेजी गई',
  unsave: 'सहेजी सूची से हटाएँ',
  savedTitle: 'बाद में पढ़ने के लिए सहेजी ख़बरें',
  savedIntro: 'ये ख़बरें सिर्फ़ इसी डिवाइस पर सहेजी हैं और बिना इंटरनेट के भी खुलती हैं। कोई जानकारी कहीं नहीं भेजी जाती।',
  savedEmpty: 'अभी कोई ख़बर सहेजी नहीं गई। किसी ख़बर पर “बाद में पढ़ें” दबाएँ।',
  savedNoScript: 'सहेजी ख़बरें देखने के लिए ब्राउज़र में JavaScript चालू होना चाहिए।',
  savedNav: 'सहेजी ख़बरें',
  offlineTitle: 'इंटरनेट कनेक्शन नहीं है',
  offlineBody:
    'यह पन्ना अभी खुल नहीं सका, क्योंकि इंटरनेट नहीं है और यह पहले से इस डिवाइस पर नहीं है। कनेक्शन लौटने पर फिर कोशिश करें। तब तक ये ख़बरें बिना इंटरनेट के पढ़ी जा सकती हैं:',
  offlineSaved: 'सहेजी ख़बरें',
  offlineRecent: 'हाल में पढ़ी ख़बरें',
  offlineNone: 'इस डिवाइस पर अभी कोई ख़बर नहीं है।',
  retry: 'फिर कोशिश करें',
  noResultsLatest: 'ताज़ा ख़बरें पढ़ें',
  noResultsTopics: 'या कोई विषय चुनें',
  appShortName: 'समाचार',
} as const;
