/**
 * Structured data for search engines: schema.org `NewsArticle` for article pages and
 * `WebSite` for the home page, as plain objects, plus safe serialization into a page.
 */
import { machineDate, type DatePrecision } from './dates';
import { jsonLdImages, type PublishedImage } from './images';

/** What the article JSON-LD needs to know. */
export interface NewsArticleInput {
  title: string;
  standfirst: string;
  published: string;
  updated?: string | undefined;
  datePrecision: DatePrecision;
  author?: string | undefined;
  agency?: string | undefined;
  dateline: string;
  publisher: { name: string; url?: string | undefined };
  topicLabels: string[];
  wordCount: number;
  corrections?: readonly { date: string; text: string }[] | undefined;
  /** The lead image (1200 px wide) and the share image, or the generated card. */
  images?: readonly PublishedImage[] | undefined;
}

type JsonLd = Record<string, unknown>;

function organization(name: string, url?: string): JsonLd {
  return url ? { '@type': 'Organization', name, url } : { '@type': 'Organization', name };
}

/** schema.org NewsArticle for one article page at absolute `url`. */
export function newsArticleJsonLd(article: NewsArticleInput, url: string): JsonLd {
  const published = machineDate(article.published, article.datePrecision);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.standfirst,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage: 'hi',
    datePublished: published,
    dateModified: article.updated ?? published,
    author: article.author
      ? { '@type': 'Person', name: article.author }
      : organization(article.agency ?? article.publisher.name),
    publisher: organization(article.publisher.name, article.publisher.url),
    ...(article.agency ? { sourceOrganization: organization(article.agency) } : {}),
    contentLocation: { '@type': 'Place', name: article.dateline },
    keywords: article.topicLabels.join(', '),
    wordCount: article.wordCount,
    isAccessibleForFree: true,
    ...(article.corrections?.length
      ? {
          correction: article.corrections.map(({ date, text }) => ({
            '@type': 'CorrectionComment',
            text,
            datePublished: date,
          })),
        }
      : {}),
    ...(article.images?.length ? { image: jsonLdImages(article.images) } : {}),
  };
}

/** schema.org WebSite for the home page, with the search action readers can use. */
export function webSiteJsonLd(name: string, url: string, searchUrlTemplate: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    url,
    inLanguage: 'hi',
    potentialAction: {
      '@type': 'SearchAction',
      target: searchUrlTemplate,
      'query-input': 'required name=q',
    },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text can never close the tag. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
