export * from '../../exercises/data-engineering/07-time-split/solution/time-split';
