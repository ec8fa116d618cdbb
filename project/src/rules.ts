export * from '../../exercises/product/04-rules-baseline/solution/rules';
