export * from '../../exercises/data-engineering/02-parse-headers/solution/headers';
