/**
 * How many one-to-one communication links a team of `people` has:
 * every pair of people who might need to talk to each other is one link.
 *
 * communicationLinks(3) === 3 (and 7 people have 21 links).
 */
export function communicationLinks(people: number): number {
  // Count the pairs you can make from `people` people.
  return 0;
}
