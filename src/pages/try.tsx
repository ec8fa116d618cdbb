import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import FilterDemo from '@site/src/components/FilterDemo';

export default function TryTheFilter(): ReactNode {
  return (
    <Layout title="Try the filter" description="Classify an email with the course's trained spam filter, in your browser.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Try the filter</Heading>
        <p style={{ maxWidth: '46rem' }}>
          This is the spam filter the course builds, trained on the full corpus by the project's pipeline and running
          in your browser. Pick a real message from the test period, or paste any raw email with its headers, and see
          the decision, the score against the threshold, and the words that moved it. The examples are clear cases,
          picked by the pipeline because the filter gets them right by a wide margin; paste your own mail to find where it
          struggles. Once you have run the capstone, a "Use my filter" box lets your own SpamFilter class and the model
          your pipeline trained in this browser answer instead.
        </p>
        <FilterDemo />
      </main>
    </Layout>
  );
}
