import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** One MDX page per section of the paper (and a few more); `order` fixes the reading order. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/pages' }),
  schema: z.object({
    title: z.string(),
    /** Short title for the sidebar; defaults to `title`. */
    navTitle: z.string().optional(),
    description: z.string().min(20),
    order: z.number().int(),
    /** Where this page sits in the paper, e.g. "Sec. II A"; absent for the site's own pages. */
    paperSection: z.string().optional(),
    /** True for analysis the site adds beyond the paper (labelled as such on the page). */
    beyondPaper: z.boolean().default(false),
  }),
});

export const collections = { pages };
