import reference from '@site/generated/api-reference.json';
import Heading from '@theme/Heading';
import InlineMarkdown from '@site/src/components/Exercise/InlineMarkdown';
import styles from './styles.module.css';

/**
 * `<ApiReference />`: what `SpamFilter` promises and what it throws, generated from the doc
 * comments of its source when the site is built (src/plugins/api-reference.ts), so it cannot
 * drift from the code.
 */
export default function ApiReference() {
  return (
    <>
      <Heading as="h3" id="api-members">
        <code>{reference.className}</code>
      </Heading>
      <p>
        <InlineMarkdown text={reference.summary} />
      </p>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">What it promises</th>
              <th scope="col">What it throws</th>
            </tr>
          </thead>
          <tbody>
            {reference.members.map((member) => (
              <tr key={member.name}>
                <td>
                  <code className={styles.code}>{member.signature}</code>
                </td>
                <td>
                  <InlineMarkdown text={member.summary} />
                  {member.returns && (
                    <>
                      {' '}
                      Returns <InlineMarkdown text={member.returns} />
                    </>
                  )}
                </td>
                <td>
                  {member.throws.length === 0
                    ? 'nothing'
                    : member.throws.map((entry) => (
                        <p key={entry.type} className={styles.throws}>
                          <code>{entry.type}</code> <InlineMarkdown text={entry.when} />
                        </p>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Heading as="h3" id="api-errors">
        Errors
      </Heading>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">Code</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {reference.errors.map((error) => (
              <tr key={error.name}>
                <td>
                  <code>{error.name}</code>
                </td>
                <td>{error.code ? <code>{error.code}</code> : 'the parent of the others'}</td>
                <td>
                  <InlineMarkdown text={error.summary} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {reference.interfaces.map((type) => (
        <section key={type.name} aria-labelledby={`api-${type.name}`}>
          <Heading as="h3" id={`api-${type.name}`}>
            <code>{type.name}</code>
          </Heading>
          <p>
            <InlineMarkdown text={type.summary} />
          </p>
          <div className={styles.scroll}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Type</th>
                  <th scope="col">Meaning</th>
                </tr>
              </thead>
              <tbody>
                {type.fields.map((field) => (
                  <tr key={field.name}>
                    <td>
                      <code>{field.name}</code>
                      {field.optional && ' (optional)'}
                    </td>
                    <td>
                      <code className={styles.code}>{field.type}</code>
                    </td>
                    <td>
                      <InlineMarkdown text={field.summary} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
