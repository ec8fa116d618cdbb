import records from '@site/generated/data-dictionary.json';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

const anchor = (name: string) => `record-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;

/**
 * `<DataDictionary />`: every record and pipeline file, field by field, as the schemas in
 * `project/src` declare them (generated at build time, so it cannot drift from the code).
 */
export default function DataDictionary() {
  return (
    <>
      {records.map((record) => (
        <section key={record.name} aria-labelledby={anchor(record.name)}>
          <Heading as="h2" id={anchor(record.name)}>
            {record.file ? <code>{record.file}</code> : record.name}
          </Heading>
          {record.description && <p>{record.description}</p>}
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
                {record.fields.map((field) => (
                  <tr key={field.path}>
                    <td>
                      <code className={styles.path}>{field.path}</code>
                      {!field.required && <span className={styles.optional}> (optional)</span>}
                    </td>
                    <td>{field.type}</td>
                    <td>{field.description}</td>
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
