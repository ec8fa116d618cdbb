export * from '../../exercises/data-engineering/01-split-a-message/solution/message-parts';
