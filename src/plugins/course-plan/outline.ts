/**
 * The course as its files lay it out: chapters (folders of `docs/` with a `_category_.json`),
 * their lessons in sidebar order, each lesson's word count and the exercises it embeds. The
 * facilitator guide's timings and the workshop command's course order both start here, so
 * they follow the course as lessons and exercises are added.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import * as z from 'zod';

/** Sections of the site that are about the course rather than part of it. */
export const SUPPORT_SECTIONS = ['workshop', 'reference'];

const categorySchema = z.object({ label: z.string(), position: z.number() });
const frontMatterSchema = z.object({ title: z.string(), sidebar_position: z.number().optional() });

export interface LessonOutline {
  /** The page's address under the site's base URL, e.g. `/learn/product/rules-baseline`. */
  path: string;
  title: string;
  words: number;
  /** Ids of the exercises the lesson embeds, in page order. */
  exercises: string[];
}

export interface ChapterOutline {
  /** The folder under `docs/`, e.g. `data-engineering`. */
  slug: string;
  label: string;
  /** The chapter's overview page first, then its lessons in sidebar order. */
  lessons: LessonOutline[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

const EXERCISE_TAG = /<Exercise\s+id="([^"]+)"/g;

/**
 * Words a reader reads: prose, headings, table cells and code, without front matter, import
 * and export lines, or the tags of components. An expression such as `{count(x)}` prints one
 * number, so it counts as one word.
 */
export function countWords(mdxBody: string): number {
  const text = mdxBody
    .split('\n')
    .filter((line) => !/^(import|export)\s/.test(line))
    .join('\n')
    .replace(/\{[^{}\n]*\}/g, ' N ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[#*_`|>[\]()-]+/g, ' ');
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Docusaurus's route for a doc file: number prefixes dropped, `index` is the folder itself. */
function lessonPath(routeBase: string, chapter: string, file: string): string {
  const name = file.replace(/\.mdx?$/, '').replace(/^\d+-/, '');
  return name === 'index' ? `${routeBase}/${chapter}` : `${routeBase}/${chapter}/${name}`;
}

function readLesson(routeBase: string, docsDir: string, chapter: string, file: string): LessonOutline & { position: number } {
  const where = `docs/${chapter}/${file}`;
  const source = readFileSync(join(docsDir, chapter, file), 'utf8');
  const frontMatter = FRONT_MATTER.exec(source);
  const content = frontMatter ? source.slice(frontMatter[0].length) : source;
  const parsed = frontMatterSchema.safeParse(frontMatter ? parseYaml(frontMatter[1]) : {});
  if (!parsed.success) throw new Error(`${where}: front matter needs a title (${parsed.error.issues[0].message})`);
  const numbered = /^(\d+)-/.exec(file);
  return {
    path: lessonPath(routeBase, chapter, file),
    title: parsed.data.title,
    words: countWords(content),
    exercises: [...content.matchAll(EXERCISE_TAG)].map((match) => match[1]),
    // The overview first; then sidebar_position, else the file's number.
    position: file.startsWith('index.') ? -1 : (parsed.data.sidebar_position ?? (numbered ? Number(numbered[1]) : Number.MAX_SAFE_INTEGER)),
  };
}

/** Every chapter of the course in sidebar order, with its lessons. */
export function readCourseOutline(docsDir: string, routeBase = '/learn'): ChapterOutline[] {
  return readdirSync(docsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !SUPPORT_SECTIONS.includes(entry.name) && existsSync(join(docsDir, entry.name, '_category_.json')))
    .map((entry) => {
      const category = categorySchema.parse(JSON.parse(readFileSync(join(docsDir, entry.name, '_category_.json'), 'utf8')));
      const lessons = readdirSync(join(docsDir, entry.name))
        .filter((file) => /\.mdx?$/.test(file))
        .map((file) => readLesson(routeBase, docsDir, entry.name, file))
        .sort((a, b) => a.position - b.position || a.path.localeCompare(b.path))
        .map(({ position: _position, ...lesson }) => lesson);
      return { slug: entry.name, label: category.label, position: category.position, lessons };
    })
    .sort((a, b) => a.position - b.position)
    .map(({ position: _position, ...chapter }) => chapter);
}

/** Every exercise id in the order a learner meets them. */
export function exercisesInCourseOrder(outline: ChapterOutline[]): string[] {
  return [...new Set(outline.flatMap((chapter) => chapter.lessons.flatMap((lesson) => lesson.exercises)))];
}
