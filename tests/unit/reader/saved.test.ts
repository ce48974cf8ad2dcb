import { describe, expect, it } from 'vitest';
import { addArticle, hasArticle, parseArticleList, removeArticle } from '../../../src/lib/reader/saved';

const a = { url: '/news/a/', title: 'क', at: 1 };
const b = { url: '/news/b/', title: 'ख', at: 2 };
const c = { url: '/news/c/', title: 'ग', at: 3 };

describe('parseArticleList', () => {
  it('reads a stored list', () => {
    expect(parseArticleList(JSON.stringify([a, b]))).toEqual([a, b]);
  });

  it('drops entries without a url or a title and reads a missing time as 0', () => {
    expect(parseArticleList('[{"url":"/news/a/","title":"क"},{"url":"/x/"},{"title":"ख"},null,7]')).toEqual([
      { url: '/news/a/', title: 'क', at: 0 },
    ]);
  });

  it('reads nothing, broken JSON or a non-list as an empty list', () => {
    expect(parseArticleList(null)).toEqual([]);
    expect(parseArticleList('[')).toEqual([]);
    expect(parseArticleList('{"url":"/news/a/"}')).toEqual([]);
  });
});

describe('addArticle', () => {
  it('puts the article first and moves it there when already listed', () => {
    expect(addArticle([a, b], c)).toEqual([c, a, b]);
    expect(addArticle([a, b, c], { ...c, at: 9 })).toEqual([{ ...c, at: 9 }, a, b]);
  });

  it('keeps at most `limit` articles, dropping the oldest', () => {
    expect(addArticle([b, a], c, 2)).toEqual([c, b]);
  });
});

describe('removeArticle and hasArticle', () => {
  it('removes by url and tells whether a url is listed', () => {
    expect(removeArticle([a, b, c], '/news/b/')).toEqual([a, c]);
    expect(hasArticle([a, c], '/news/b/')).toBe(false);
    expect(hasArticle([a, c], '/news/c/')).toBe(true);
  });
});
