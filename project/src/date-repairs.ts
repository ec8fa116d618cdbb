export * from '../../exercises/data-engineering/05-repair-dates/solution/date-repairs';
