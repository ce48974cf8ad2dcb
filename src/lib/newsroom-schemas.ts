/**
 * Schemas of the newsroom's YAML data files in the content folder: `topics.yaml` and the
 * optional `authors.yaml`, `desks.yaml`, `agencies.yaml`. Each file maps a slug to an entry;
 * messages are Hindi/English pairs (see `content/errors.ts`).
 */
import { z } from 'astro/zod';
import { bilingual } from './content/errors';

const label = (field: string, max: number) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? bilingual(`${field} ज़रूरी है: इसे जोड़ें`, `${field} is required: add it`)
          : bilingual(`${field} उद्धरण चिह्नों में लिखा पाठ होना चाहिए`, `${field} must be a quoted string`),
    })
    .trim()
    .overwrite((value) => value.normalize('NFC'))
    .min(1, bilingual(`${field} खाली नहीं हो सकता`, `${field} must not be empty`))
    .max(
      max,
      bilingual(`${field} ${max} अक्षरों से लंबा नहीं हो सकता`, `${field} must be at most ${max} characters`),
    );

/** One entry of `topics.yaml` (the slug is its key): `defence: { label: रक्षा, labelEn: Defence }`. */
export const topicSchema = z.strictObject(
  {
    label: label('label', 60),
    labelEn: label('labelEn', 60).optional(),
    description: label('description', 300).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? bilingual(
            `अनजाना फ़ील्ड ${issue.keys.join(', ')}; विषय में केवल label, labelEn, description हो सकते हैं`,
            `unknown field ${issue.keys.join(', ')}; a topic has only label, labelEn, description`,
          )
        : bilingual(
            'हर विषय एक मैपिंग है, जैसे defence: { label: "रक्षा" }',
            'each topic is a mapping, like defence: { label: "रक्षा" }',
          ),
  },
);

const name = (field: string) =>
  z
    .string({ error: bilingual(`${field} उद्धरण चिह्नों में लिखा पाठ हो`, `${field} must be a quoted string`) })
    .trim()
    .min(1, bilingual(`${field} खाली नहीं हो सकता`, `${field} must not be empty`))
    .max(120, bilingual(`${field} 120 अक्षरों से लंबा नहीं हो सकता`, `${field} must be at most 120 characters`));

/** One entry: its Hindi name, the name in Latin letters, and for agencies a web address. */
export const creditSchema = z.strictObject(
  {
    name: name('name'),
    latin: name('latin').optional(),
    url: z
      .url({
        protocol: /^https?$/,
        error: bilingual('url पूरा http(s) पता हो', 'url must be a full http(s) address'),
      })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? bilingual(
            `अनजाना फ़ील्ड ${issue.keys.join(', ')}; केवल name, latin, url हो सकते हैं`,
            `unknown field ${issue.keys.join(', ')}; an entry has only name, latin, url`,
          )
        : bilingual(
            'हर प्रविष्टि एक मैपिंग है, जैसे pti: { name: "पीटीआई", latin: "PTI" }',
            'each entry is a mapping, like pti: { name: "पीटीआई", latin: "PTI" }',
          ),
  },
);
