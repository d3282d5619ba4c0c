export * from './delivery-advice';
