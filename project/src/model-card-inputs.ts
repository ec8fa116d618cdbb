/**
 * What the shipped filter's model card says, from the pipeline's results: the numbers come from
 * `results`, the words are the team's. The limitations are written from the measurements, so a
 * retrained model gets limitations that match it.
 */
import type { Results } from './artefacts';
import { count, percent } from './format';
import type { GroupResult, ModelCardInputs } from './model-card';

export function modelCardInputs(results: Results): ModelCardInputs {
  const { chosenModel, features, requirements, training, test } = results;
  const chosen = results.models[chosenModel.kind];
  const groups: GroupResult[] = chosen.test.byGroup.map(({ group, label, messages, errors }) => ({ group, label, messages, errors }));
  const worst = (label: 'ham' | 'spam') =>
    groups.filter((g) => g.label === label && g.messages > 0).sort((a, b) => b.errors / b.messages - a.errors / a.messages || (a.group < b.group ? -1 : 1))[0];
  const worstHam = worst('ham');
  const worstSpam = worst('spam');
  const latency = results.performance.latency[chosenModel.kind];
  return {
    model: { name: chosen.label, version: chosenModel.modelVersion, threshold: chosen.threshold.threshold, chosenOn: chosenModel.chosenOn },
    intendedUse:
      'Move unwanted bulk mail (spam) out of the inboxes of a small email provider’s users, into a spam folder they can check and rescue mail from. ' +
      `Every decision comes with the ${requirements.reasonsPerDecision} tokens that moved its score most, so a user or a support agent can see why.`,
    notFor: [
      'Deleting mail: it moves messages to a folder; nothing is discarded.',
      'Detecting phishing, malware or fraud: it learned to tell bulk spam from legitimate mail, not whether a message is dangerous.',
      `Reading images, attachments or long messages: it reads the headers, the text and at most the first ${count(features.maxTextChars)} characters and ${count(features.maxTokens)} tokens.`,
      'Judging senders or people: a score describes the words of one message, not its author.',
    ],
    data: {
      source: `the SpamAssassin public corpus (${results.corpus.package}@${results.corpus.version}), received ${training.period.from} to ${training.period.to}`,
      training,
      test,
    },
    evaluation: { spamCaught: chosen.test.confusion.truePositives, legitimateFlagged: chosen.test.confusion.falsePositives, byGroup: groups },
    requirements,
    measured: { latencyP99Ms: latency.p99Ms, memoryBytes: results.performance.memory[chosenModel.kind].retainedBytes },
    limitations: [
      worstHam.errors === 0
        ? 'No legitimate test message was sent to spam; on a test set this size, that does not mean it never happens.'
        : `Legitimate mail is lost most often in ${worstHam.group}: ${worstHam.errors} of ${count(worstHam.messages)} test messages (${percent(worstHam.errors / worstHam.messages)})` +
          (worstHam.group.startsWith('hard-ham') ? ', the newsletters and commercial mail people asked for, which look like spam.' : '.'),
      `Spam is missed most often in ${worstSpam.group}: ${worstSpam.errors} of ${count(worstSpam.messages)} test messages (${percent(worstSpam.errors / worstSpam.messages)}).`,
      `The false-positive rate rests on ${count(test.ham)} legitimate test messages: one mistake more or less moves it by ${percent(1 / test.ham, 3)}.`,
      `The mail is from ${yearsOf(training.period.from, test.period.to)}. Spam changes: measure drift and retrain before trusting it on today’s mail.`,
      `Latency is a p99 over ${count(latency.samples)} messages on one machine under its load at the time; measure it again where the filter will run.`,
    ],
  };
}

/** "2002", or "2001 to 2002". */
function yearsOf(from: string, to: string): string {
  const [first, last] = [from.slice(0, 4), to.slice(0, 4)];
  return first === last ? first : `${first} to ${last}`;
}
