export * from '../../exercises/data-engineering/06-exact-duplicates/solution/exact-duplicates';
