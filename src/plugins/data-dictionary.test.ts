import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ARTEFACTS } from '@project/artefacts';
import { emailSchema } from '@project/types';
import { dataDictionary, fieldsOf } from './data-dictionary';

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { unrepresentable: 'any' }) as Parameters<typeof fieldsOf>[0];

describe('fieldsOf', () => {
  const point = z.object({ x: z.number().describe('across'), y: z.number() });
  const schema = z.object({
    name: z.string().describe('what it is called'),
    note: z.string().nullable().optional(),
    where: point.describe('a place'),
    path: z.array(point),
    bySplit: z.record(z.enum(['time', 'random']), z.object({ count: z.number().int() })),
  });

  it('lists every field with its path, type, whether it is required, and its description', () => {
    expect(fieldsOf(json(schema))).toEqual([
      { path: 'name', type: 'string', required: true, description: 'what it is called' },
      { path: 'note', type: 'string or null', required: false, description: '' },
      { path: 'where', type: 'object', required: true, description: 'a place' },
      { path: 'where.x', type: 'number', required: true, description: 'across' },
      { path: 'where.y', type: 'number', required: true, description: '' },
      { path: 'path', type: 'list of object, as `where`', required: true, description: '' },
      { path: 'bySplit', type: 'object with named keys', required: true, description: '' },
      { path: 'bySplit.{time, random}.count', type: 'integer', required: true, description: '' },
    ]);
  });
});

describe('the data dictionary', () => {
  const records = dataDictionary();

  it('has the records every stage passes on, and every file the pipeline writes', () => {
    expect(records.map((record) => record.file ?? record.name)).toEqual(['RawMessage', 'Email', 'StageCount', ...Object.keys(ARTEFACTS).map((file) => `generated/${file}`)]);
  });

  it('describes every field of the Email record, as its schema does', () => {
    const email = records.find((record) => record.name === 'Email')!;
    expect(email.fields.map((field) => field.path)).toEqual(Object.keys(emailSchema.shape));
    for (const field of email.fields) expect(field.description, field.path).not.toBe('');
  });
});
