import { useId } from 'react';
import styles from './styles.module.css';

/**
 * "Use my own code for earlier modules": off, the exercise builds on the reference project;
 * on, on the learner's saved solutions of the exercises that wrote those modules.
 */
export default function OwnModulesToggle({
  modules,
  checked,
  missing,
  onChange,
}: {
  modules: string[];
  checked: boolean;
  missing: string[];
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className={styles.ownModules}>
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>
        Use my own code for earlier modules ({modules.map((name) => `${name}.ts`).join(', ')})
      </label>
      {checked && missing.length > 0 && (
        <p className={styles.note}>
          You have not written {missing.map((name) => `${name}.ts`).join(', ')} yet, so the reference version is used for{' '}
          {missing.length === 1 ? 'it' : 'them'}.
        </p>
      )}
    </div>
  );
}
