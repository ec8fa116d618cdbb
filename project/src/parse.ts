export * from '../../exercises/data-engineering/04-parse-an-email/solution/parse';
