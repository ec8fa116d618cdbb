import styles from './styles.module.css';

/** "line 7 of links.ts", as a button that opens that file's tab. */
export default function SourceLocation({
  location,
  onShowFile,
}: {
  location: { file: string; line: number; column?: number };
  onShowFile: (file: string) => void;
}) {
  return (
    <p className={styles.location}>
      At{' '}
      <button type="button" className={styles.linkButton} onClick={() => onShowFile(location.file)}>
        line {location.line} of {location.file}
      </button>
    </p>
  );
}
