export * from '../../exercises/data-engineering/08-run-stages/solution/run-stages';
