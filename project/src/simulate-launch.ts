/**
 * Simulated weeks after launch, seeded: the course has no users, so the signals users give
 * after launch are drawn here and labelled as simulated wherever they are shown. Two streams:
 * mail the filter moved to the spam folder, some of it legitimate and some of that rescued by
 * its owner; and mail it delivered to the inbox, some of it spam and some of that reported.
 * Each stream can change from a given week on, the way a newsletter's redesign or a rule typed
 * in by hand changes what reaches users.
 */
import { mulberry32 } from './random';

export interface StreamDesign {
  /** Messages in the stream each week. */
  perWeek: number;
  /** Share of them that are the filter's mistakes (legitimate mail in spam, spam in the inbox). */
  mistakeShare: number;
  /** Share of mistakes users act on (rescue, report). */
  actedOnShare: number;
  /** From `fromWeek` on, the mistake share is `mistakeShare`. */
  change?: { fromWeek: number; mistakeShare: number };
}

export interface LaunchScenario {
  weeks: number;
  spamFolder: StreamDesign;
  inbox: StreamDesign;
  seed: number;
}

/** One week of one stream: messages in it, and how many of them users acted on. */
export interface WeekCount {
  week: number;
  messages: number;
  actedOn: number;
}

export interface SimulatedLaunch {
  /** Messages moved to the spam folder, and how many their owners rescued. */
  rescues: WeekCount[];
  /** Messages delivered to the inbox, and how many users reported as spam. */
  complaints: WeekCount[];
}

/** Week 1 first; the same scenario and seed give the same weeks everywhere. */
export function simulateLaunch(scenario: LaunchScenario): SimulatedLaunch {
  const random = mulberry32(scenario.seed);
  return { rescues: simulateStream(scenario.spamFolder, scenario.weeks, random), complaints: simulateStream(scenario.inbox, scenario.weeks, random) };
}

export function simulateStream(design: StreamDesign, weeks: number, random: () => number): WeekCount[] {
  const rows: WeekCount[] = [];
  for (let week = 1; week <= weeks; week++) {
    const share = design.change && week >= design.change.fromWeek ? design.change.mistakeShare : design.mistakeShare;
    let actedOn = 0;
    for (let message = 0; message < design.perWeek; message++) {
      if (random() < share && random() < design.actedOnShare) actedOn++;
    }
    rows.push({ week, messages: design.perWeek, actedOn });
  }
  return rows;
}

/**
 * The course's launch, simulated. At launch about 2% of the mail moved to spam is legitimate
 * and its owners rescue half of it; 1.5% of delivered mail is spam and users report 30% of it.
 * From week 7 a popular newsletter's redesign doubles the legitimate share of the spam folder;
 * from week 9 senders allow-listed by hand let more spam into inboxes. Assumptions, not data.
 */
export const LAUNCH_SCENARIO: LaunchScenario = {
  weeks: 12,
  spamFolder: { perWeek: 2_000, mistakeShare: 0.02, actedOnShare: 0.5, change: { fromWeek: 7, mistakeShare: 0.04 } },
  inbox: { perWeek: 20_000, mistakeShare: 0.015, actedOnShare: 0.3, change: { fromWeek: 9, mistakeShare: 0.025 } },
  seed: 1,
};
