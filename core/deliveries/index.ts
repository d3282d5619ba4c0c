export * from './delivery-advice';
export * from './delivery-status';
