import { Fragment, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { ProjectModule } from '@site/src/plugins/module-map/read-modules';
import styles from './styles.module.css';

const anchor = (name: string) => `module-${name}`;

/** Items separated by commas. */
function list(items: ReactNode[]): ReactNode {
  return items.map((item, i) => (
    <Fragment key={i}>
      {i > 0 && ', '}
      {item}
    </Fragment>
  ));
}

function ModuleRow({ module }: { module: ProjectModule }) {
  useBrokenLinks().collectAnchor(anchor(module.name));
  const code = module.exports.filter((item) => item.kind !== 'type');
  const types = module.exports.filter((item) => item.kind === 'type');
  return (
    <tr id={anchor(module.name)}>
      <th scope="row">
        <code>{module.name}</code>
      </th>
      <td>
        {module.summary ?? module.taughtBy?.title}
        {code.length > 0 && <span className={styles.exports}>exports {list(code.map((item) => item.name))}</span>}
        {types.length > 0 && <span className={styles.exports}>types {list(types.map((item) => item.name))}</span>}
      </td>
      <td>
        {module.taughtBy ? (
          module.taughtBy.lesson ? (
            <Link to={module.taughtBy.lesson}>{module.taughtBy.title}</Link>
          ) : (
            module.taughtBy.title
          )
        ) : (
          '–'
        )}
      </td>
      <td className={styles.dependencies}>
        {list([
          ...module.dependsOn.map((name) => (
            <Link key={name} to={`#${anchor(name)}`}>
              {name}
            </Link>
          )),
          ...module.packages.map((name) => <em key={name}>{name}</em>),
        ])}
      </td>
    </tr>
  );
}

/** `<ModuleMap />`: every module of `project/src`, read when the site was built. */
export default function ModuleMap() {
  const { modules } = usePluginData('module-map') as { modules: ProjectModule[] };
  return (
    <div className={styles.scroll}>
      <table className={styles.map}>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">What it does, and what it exports</th>
            <th scope="col">Taught in</th>
            <th scope="col">Depends on</th>
          </tr>
        </thead>
        <tbody>
          {modules.map((module) => (
            <ModuleRow key={module.name} module={module} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
