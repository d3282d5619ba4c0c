import type { ConnectorStandIn } from '../../tests/support/connector-stand-in';

/** What the stand-in received: replies (POST), card updates (PUT) and everything else. */
export interface ConnectorCounts {
  replies: number;
  updates: number;
  other: number;
}

export function connectorCounts(connector: ConnectorStandIn): ConnectorCounts {
  const replies = connector.sends.length;
  const updates = connector.updates.length;
  return { replies, updates, other: connector.stats.requests - replies - updates };
}
