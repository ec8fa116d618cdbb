export * from '../../exercises/data-engineering/03-html-to-text/solution/html-to-text';
