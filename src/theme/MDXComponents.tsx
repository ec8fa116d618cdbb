/**
 * The tags a lesson can use without importing anything: Docusaurus's own, plus the course's.
 * Wrapping (not ejecting) the theme's map keeps every default tag up to date.
 */
import MDXComponents from '@theme-original/MDXComponents';
import Exercise from '@site/src/components/Exercise';
import CourseProgress from '@site/src/components/CourseProgress';
import ShareIt from '@site/src/components/ShareIt';
import TakeItHome from '@site/src/components/TakeItHome';

export default {
  ...MDXComponents,
  Exercise,
  CourseProgress,
  ShareIt,
  TakeItHome,
};
