import { usePluginData } from '@docusaurus/useGlobalData';
import type { CoursePlan } from '@site/src/plugins/course-plan';

/** The facilitator guide's numbers, computed from the course when the site was built. */
export function useCoursePlan(): CoursePlan {
  return usePluginData('course-plan') as CoursePlan;
}

/** 545 → "09:05". */
export function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 95 → "1 h 35 min". */
export function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
