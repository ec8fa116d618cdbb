/**
 * Your explanations of the shipped filter's real decisions, checked for the facts they must
 * contain and the ones they must not invent: the verdict, the score and the cut-off as the
 * classification has them, and only the reasons it lists, each on its own side.
 */
import { describe, expect, it } from 'vitest';
import model from 'dataset:model';
import sample from 'dataset:sample';
import { showTable } from 'course:display';
import { silentLogger, SpamFilter } from '@project/spam-filter';
import { explainToUser, phraseOf } from './plain-explanation';

const filter = SpamFilter.fromModelFile(model, { logger: silentLogger });
// The sample's test messages: mail the model never saw, ham and spam, easy and hard.
const decisions = sample
  .filter((message) => message.splits.time === 'test')
  .map((message) => {
    const classification = filter.classify(message.raw, message.id);
    return { id: message.id, classification, sentences: explainToUser(classification) };
  });

/** The number printed after `before`, as text. */
const printed = (sentence: string, before: string) => new RegExp(`${before} (\\d\\.\\d+)`).exec(sentence)?.[1];

describe('explanations of real decisions', () => {
  it('covers spam and legitimate mail', () => {
    showTable(
      decisions.map(({ id, classification, sentences }) => ({ message: id, label: classification.label, score: classification.score.toFixed(4), explanation: sentences.join(' ') })),
      'Your explanations of the shipped filter’s decisions on the sample’s test messages',
    );
    expect(new Set(decisions.map((d) => d.classification.label)), 'labels of the decisions explained').toEqual(new Set(['spam', 'ham']));
  });

  it('states the verdict the filter gave', () => {
    for (const { id, classification, sentences } of decisions) {
      const expected = classification.label === 'spam' ? 'We moved this message to your spam folder' : 'We kept this message in your inbox';
      expect(sentences[0], `${id} (${classification.label})`).toMatch(new RegExp(`^${expected}`));
      expect(sentences.every((sentence) => sentence.endsWith('.')), `${id}: each of the two sentences ends with a full stop`).toBe(true);
    }
  });

  it('prints the score and the cut-off correctly rounded, never alike unless equal, never a certain 0 or 1', () => {
    for (const { id, classification, sentences } of decisions) {
      const score = printed(sentences[0], 'scored');
      const threshold = printed(sentences[0], classification.label === 'spam' ? 'and' : 'the');
      expect(score, `${id}: the score in "${sentences[0]}"`).toBeDefined();
      expect(threshold, `${id}: the threshold in "${sentences[0]}"`).toBeDefined();
      const decimals = score!.split('.')[1].length;
      expect(score, `${id}: score ${classification.score}`).toBe(classification.score.toFixed(decimals));
      expect(threshold, `${id}: threshold ${classification.threshold}`).toBe(classification.threshold.toFixed(decimals));
      expect(score, `${id}: score ${classification.score} against threshold ${classification.threshold}`).not.toBe(threshold);
      expect(['0.00', '1.00'], `${id}: score ${classification.score} printed as ${score}`).not.toContain(score);
    }
  });

  it('names only reasons the filter gave, each on the side its weight points to', () => {
    for (const { id, classification, sentences } of decisions) {
      const [mainClause, counterClause = ''] = sentences[1].split('; ');
      const side = classification.label === 'spam' ? 1 : -1;
      const phrases = classification.reasons.map((reason) => ({ ...reason, phrase: phraseOf(reason.token) })).sort((a, b) => b.phrase.length - a.phrase.length);
      let unexplained = sentences[1];
      for (const { phrase } of phrases) unexplained = unexplained.split(phrase).join('');
      expect(unexplained, `${id}: words in quotes that are not among the reasons (${classification.reasons.map((r) => r.token).join(', ')})`).not.toMatch(/[“”]/);
      for (const reason of phrases) {
        if (reason.weight * side <= 0) expect(mainClause, `${id}: "${reason.token}" (weight ${reason.weight.toFixed(2)}) named as counting for the verdict`).not.toContain(reason.phrase);
        if (reason.weight * side >= 0) expect(counterClause, `${id}: "${reason.token}" (weight ${reason.weight.toFixed(2)}) named as counting against the verdict`).not.toContain(reason.phrase);
      }
      const strongest = [...classification.reasons].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).find((reason) => reason.weight * side > 0);
      if (strongest) expect(mainClause, `${id}: the strongest reason for the verdict, "${strongest.token}"`).toContain(phraseOf(strongest.token));
    }
  });
});
