export * from '../../exercises/product/03-requirements/solution/requirements';
