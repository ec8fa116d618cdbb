/**
 * How many one-to-one communication links a team of `people` has:
 * every pair of people who might need to talk to each other is one link.
 *
 * communicationLinks(3) === 3 (and 7 people have 21 links).
 */
export function communicationLinks(people: number): number {
  // Each person talks to the people - 1 others; that counts every pair twice.
  return (people * (people - 1)) / 2;
}
