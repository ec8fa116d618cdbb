import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import styles from './index.module.css';

const chapters = [
  { n: 1, name: 'Product', builds: 'requirements and a rules baseline', to: '/learn/product' },
  { n: 2, name: 'Data engineering', builds: 'raw email to clean, split records', to: '/learn/data-engineering' },
  { n: 3, name: 'Data analysis', builds: 'signals, charts and an A/B test', to: '/learn/data-analysis' },
  { n: 4, name: 'Machine learning', builds: 'naive Bayes and logistic regression', to: '/learn/machine-learning' },
  { n: 5, name: 'Software engineering', builds: 'a tested inference class', to: '/learn/software-engineering' },
  { n: 6, name: 'DevOps', builds: 'an HTTP API, CI and drift checks', to: '/learn/devops' },
  { n: 7, name: 'Communication', builds: 'a model card and a write-up', to: '/learn/communication' },
  { n: '✓', name: 'Capstone', builds: 'your own filter, shipped', to: '/learn/capstone' },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title="Data science from problem to production"
      description="An interactive course: take a spam filter from a user's complaint to a tested model behind an HTTP API.">
      <main className={styles.page}>
        <section className={styles.hero}>
          <p className={styles.kicker}>An interactive course for data scientists and developers</p>
          <Heading as="h1" className={styles.title}>
            From a user's complaint to a model behind an API.
          </Heading>
          <p className={styles.lead}>
            Build a spam filter end to end on thousands of real, messy emails: frame the problem, clean the data,
            train and evaluate models you write yourself, ship them as a tested service, and explain the result.
            Every exercise runs in your browser, offline, and your progress is saved.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/learn/intro">
              Start the course
            </Link>
            <Link className="button button--secondary button--lg" to="/learn/workshop">
              Run it as a workshop
            </Link>
          </div>
        </section>

        <section className={styles.project} aria-labelledby="project-heading">
          <Heading as="h2" id="project-heading" className={styles.sectionTitle}>
            One project, seven skills, one capstone
          </Heading>
          <ol className={styles.chapters}>
            {chapters.map((chapter) => (
              <li key={chapter.n}>
                <Link className={styles.chapter} to={chapter.to}>
                  <span className={styles.chapterNumber}>{chapter.n}</span>
                  <span className={styles.chapterName}>{chapter.name}</span>
                  <span className={styles.chapterBuilds}>{chapter.builds}</span>
                </Link>
              </li>
            ))}
          </ol>
        </section>

        <section className={styles.facts}>
          <div>
            <Heading as="h2" className={styles.factTitle}>Who it is for</Heading>
            <p>
              Data scientists who want to own what happens before and after the notebook, and developers who want to
              understand the model inside their service. You need to read TypeScript; no ML library is used.
            </p>
          </div>
          <div>
            <Heading as="h2" className={styles.factTitle}>Real data, really run</Heading>
            <p>
              The raw SpamAssassin corpus, headers and all. The reference project trains on the full corpus, and every
              number in the lessons comes from its output.
            </p>
          </div>
          <div>
            <Heading as="h2" className={styles.factTitle}>Two ways in</Heading>
            <p>
              Self-paced in the browser, with tests, hints and solutions; or in a one- or two-day workshop, running the
              same exercises on your laptop.
            </p>
          </div>
        </section>
      </main>
    </Layout>
  );
}
