/**
 * Remark plugin: turns `<Exercise id="chapter/NN-slug" />` into
 * `<Exercise id="…" exercise={data} headingLevel={n} />` plus `import data from '<generated JSON>'`,
 * so the server-rendered page already holds the exercise (title, starter code) and each page
 * ships only the exercises it embeds. The exercise's title is a heading one level below the
 * section it sits in (an h2 right under the page title), so the outline never skips a level.
 * An unknown id fails the build, naming the page and the id.
 */
import { existsSync } from 'node:fs';
import { generatedExercisePath } from './index';

// The few MDX AST shapes this plugin touches (mdast-util-mdx-jsx / mdast-util-mdxjs-esm).
interface Node {
  type: string;
  children?: Node[];
}
interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: unknown;
}
interface JsxElement extends Node {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
}
interface Heading extends Node {
  type: 'heading';
  depth: number;
}
interface VFileLike {
  path?: string;
}

function isExerciseElement(node: Node): node is JsxElement {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as JsxElement).name === 'Exercise';
}

function program(body: unknown[]) {
  return { type: 'Program', sourceType: 'module', body };
}

function importNode(local: string, source: string): Node & Record<string, unknown> {
  const value = `import ${local} from ${JSON.stringify(source)};`;
  return {
    type: 'mdxjsEsm',
    value,
    data: {
      estree: program([
        {
          type: 'ImportDeclaration',
          specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: local } }],
          source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
        },
      ]),
    },
  };
}

function expressionAttribute(name: string, expression: { type: 'Identifier'; name: string } | { type: 'Literal'; value: number; raw: string }): JsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: expression.type === 'Identifier' ? expression.name : expression.raw,
      data: { estree: program([{ type: 'ExpressionStatement', expression }]) },
    },
  };
}

export default function remarkExerciseEmbeds(options: { siteDir: string }) {
  return (tree: Node, file: VFileLike) => {
    const page = file.path ?? 'an MDX page';
    const imports = new Map<string, string>(); // exercise id → local identifier
    let sectionDepth = 1; // the page title is the h1

    const visit = (node: Node) => {
      if (node.type === 'heading') sectionDepth = (node as Heading).depth;
      if (isExerciseElement(node)) {
        const idAttribute = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
        const id = idAttribute?.value;
        if (typeof id !== 'string') {
          throw new Error(`${page}: <Exercise> needs an id written as a string, like <Exercise id="intro/01-handoff-links" />`);
        }
        const json = generatedExercisePath(options.siteDir, id);
        if (!existsSync(json)) {
          throw new Error(`${page}: <Exercise id="${id}" />: there is no exercise "${id}" (expected the folder exercises/${id}/ with an exercise.json)`);
        }
        let local = imports.get(id);
        if (!local) {
          local = `__exercise${imports.size}`;
          imports.set(id, local);
        }
        const level = Math.min(sectionDepth + 1, 6);
        node.attributes = node.attributes.filter((attribute) => attribute.name !== 'exercise' && attribute.name !== 'headingLevel');
        node.attributes.push(expressionAttribute('exercise', { type: 'Identifier', name: local }));
        node.attributes.push(expressionAttribute('headingLevel', { type: 'Literal', value: level, raw: String(level) }));
      }
      node.children?.forEach(visit);
    };
    visit(tree);

    const esm = [...imports].map(([id, local]) => importNode(local, generatedExercisePath(options.siteDir, id).split('\\').join('/')));
    tree.children = [...esm, ...(tree.children ?? [])];
  };
}
