/**
 * Docusaurus plugin: the data dictionary, generated from the schemas themselves (the records in
 * `project/src/types.ts` and every file of `ARTEFACTS`), so the reference page cannot drift from
 * the code. Each schema becomes a list of fields (path, type, required, description), written
 * to `generated/data-dictionary.json` for the page to import.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import * as z from 'zod';
import { ARTEFACTS, type ArtefactPath } from '../../project/src/artefacts';
import { emailSchema, rawMessageSchema, stageCountSchema } from '../../project/src/types';

export interface DictionaryField {
  /** `quality.byGroup[].sizeBytes.median`; `{a, b}` stands for an object keyed by those names. */
  path: string;
  type: string;
  required: boolean;
  description: string;
}

export interface DictionaryRecord {
  name: string;
  /** Where the pipeline writes it, for artefacts. */
  file?: string;
  description: string;
  fields: DictionaryField[];
}

interface JsonSchema {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
}

function typeOf(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return `one of ${schema.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  if (schema.type === 'array') return `list of ${schema.items ? typeOf(schema.items) : 'values'}`;
  if (schema.type === 'object' && !schema.properties && typeof schema.additionalProperties === 'object') {
    const keys = schema.propertyNames?.enum ? 'named keys' : 'keys';
    return `object with ${keys}`;
  }
  return Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
}

/** The object schema inside `schema`, if any (through a nullable union or a list). */
function objectIn(schema: JsonSchema): { schema: JsonSchema; suffix: string } | null {
  if (schema.anyOf) {
    for (const option of schema.anyOf) {
      const found = objectIn(option);
      if (found) return found;
    }
    return null;
  }
  if (schema.type === 'array' && schema.items) {
    const found = objectIn(schema.items);
    return found && { schema: found.schema, suffix: `[]${found.suffix}` };
  }
  if (schema.type === 'object' && schema.properties) return { schema, suffix: '' };
  if (schema.type === 'object' && typeof schema.additionalProperties === 'object') {
    const keys = schema.propertyNames?.enum ? `{${schema.propertyNames.enum.join(', ')}}` : '<key>';
    const found = objectIn(schema.additionalProperties);
    return found && { schema: found.schema, suffix: `.${keys}${found.suffix}` };
  }
  return null;
}

/** A schema's structure without its words, so the same shape described twice is recognised. */
function shapeOf(schema: JsonSchema): string {
  return JSON.stringify(schema, (key, value) => (key === 'description' ? undefined : value));
}

/** Every field of `schema`, depth first; a nested object seen before is named, not repeated. */
export function fieldsOf(schema: JsonSchema): DictionaryField[] {
  const fields: DictionaryField[] = [];
  const seen = new Map<string, string>();
  const walk = (object: JsonSchema, prefix: string) => {
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      const path = `${prefix}${name}`;
      const nested = objectIn(property);
      const shape = nested && shapeOf(nested.schema);
      const first = shape ? seen.get(shape) : undefined;
      fields.push({
        path,
        type: first ? `${typeOf(property)}, as \`${first}\`` : typeOf(property),
        required: object.required?.includes(name) ?? false,
        description: property.description ?? nested?.schema.description ?? '',
      });
      if (nested && shape && !first) {
        seen.set(shape, `${path}${nested.suffix}`);
        walk(nested.schema, `${path}${nested.suffix}.`);
      }
    }
  };
  const root = objectIn(schema);
  if (root) walk(root.schema, root.suffix ? `${root.suffix.replace(/^\./, '')}.` : '');
  return fields;
}

function record(name: string, schema: z.ZodType, file?: string): DictionaryRecord {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' }) as JsonSchema;
  return { name, ...(file && { file }), description: json.description ?? '', fields: fieldsOf(json) };
}

export function dataDictionary(): DictionaryRecord[] {
  return [
    record('RawMessage', rawMessageSchema),
    record('Email', emailSchema),
    record('StageCount', stageCountSchema),
    ...(Object.keys(ARTEFACTS) as ArtefactPath[]).map((file) => record(file.replace(/^.*\//, ''), ARTEFACTS[file], `generated/${file}`)),
  ];
}

export default function dataDictionaryPlugin(context: LoadContext): Plugin {
  return {
    name: 'data-dictionary',
    async loadContent() {
      const path = join(context.siteDir, 'generated', 'data-dictionary.json');
      const text = `${JSON.stringify(dataDictionary(), null, 1)}\n`;
      // An unchanged file is not rewritten, so the dev server does not rebuild the page for nothing.
      if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    },
  };
}
