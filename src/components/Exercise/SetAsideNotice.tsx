import styles from './styles.module.css';

/** Tells the learner their saved work could not be read, and where the old copy went. */
export default function SetAsideNotice({ backupKey }: { backupKey: string }) {
  return (
    <p className={styles.warning} role="alert">
      Your saved work for this exercise could not be read (it was damaged, or saved by an older version of the course), so the
      starter code is shown. The old copy is kept in this browser&apos;s storage under <code>{backupKey}</code>.
    </p>
  );
}
