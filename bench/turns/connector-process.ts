/** The Bot Connector stand-in of bench/turns in its own process (forked by topology.ts). */
import { startConnectorStandIn } from '../../tests/support/connector-stand-in';
import { answerParent, runChild } from './answer-parent';
import { connectorCounts } from './connector-counts';

runChild(async () => {
  // Without Teams' rate limits: the bench measures turn handling, and 429s (per conversation
  // 7/s; the bench's 24 chats reply far faster) would cap it.
  const connector = await startConnectorStandIn({ enforceLimits: false });
  answerParent(
    { url: connector.url },
    { counts: async () => connectorCounts(connector), stop: () => connector.close() },
  );
});
