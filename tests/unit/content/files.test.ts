import { describe, expect, it } from 'vitest';
import { classifyContentFiles } from '../../../src/lib/content/files';

describe('classifyContentFiles', () => {
  it('sorts articles, their images and the newsroom data files, ignoring OS litter', () => {
    const result = classifyContentFiles(
      ['b.md', 'a.md', 'a.jpg', 'a-2.webp', 'topics.yaml', 'authors.yaml', '.DS_Store'],
      'content',
    );
    expect(result).toEqual({
      articles: ['a.md', 'b.md'],
      images: ['a-2.webp', 'a.jpg'],
      data: ['authors.yaml', 'topics.yaml'],
      errors: [],
    });
  });

  it('names every file the build would silently skip, with how to fix it', () => {
    const { errors } = classifyContentFiles(
      ['story.markdown', 'story.mdx', 'STORY.MD', 'old/story.md', 'notes.txt', 'topics.yml'],
      'content',
    );
    expect(errors.map(({ file, en }) => [file, en])).toEqual([
      ['content/STORY.MD', 'this article would not be built: article files end in .md (lowercase). Rename it to STORY.md'],
      ['content/notes.txt', expect.stringMatching(/^content\/ holds only articles \(\.md\).*: remove this file$/)],
      ['content/old/story.md', 'files in a subfolder are not built: keep articles and images directly in content/'],
      ['content/story.markdown', 'this article would not be built: article files end in .md (lowercase). Rename it to story.md'],
      ['content/story.mdx', 'this article would not be built: article files end in .md (lowercase). Rename it to story.md'],
      ['content/topics.yml', expect.stringMatching(/: remove this file$/)],
    ]);
  });
});
