import type { Store } from '../../../bot/store/store';
import { describeAnswerContract } from './contract/answers';
import { describeCardCloseContract } from './contract/card-closes';
import { describeConfirmCodeContract } from './contract/confirm-codes';
import { describeContentContract } from './contract/content';
import { describeConversationRefContract } from './contract/conversation-refs';
import { describeDeliveryContract } from './contract/deliveries';
import { describeLeaseAndSendSlotContract } from './contract/leases-and-send-slots';
import { describeEventStreamContract } from './contract/event-streams';
import { describeKeyringContract } from './contract/keyring';
import { describeSummaryReadsContract } from './contract/summary-reads';
import { describeSummaryTalliesContract } from './contract/summary-tallies';
import { describeRoundRetimeContract } from './contract/round-retime';
import { describeTransactionContract } from './contract/transactions';
import { describeTrustContract } from './contract/trust';

/**
 * The Store contract, run unchanged on every adapter. `factory` returns a migrated, empty store;
 * it is called before each test and the store is closed after it.
 */
export function describeStoreContract(adapterName: string, factory: () => Promise<Store>): void {
  describe(`Store contract on ${adapterName}`, () => {
    let current: Store | undefined;
    const store = (): Store => {
      if (!current) throw new Error('store not opened');
      return current;
    };

    beforeEach(async () => {
      current = await factory();
    });

    afterEach(async () => {
      await current?.close();
      current = undefined;
    });

    test('migrate runs again without changes and ping answers', async () => {
      await store().migrate();
      await store().migrate();
      await expect(store().ping()).resolves.toBeUndefined();
    });

    describeContentContract(store);
    describeDeliveryContract(store);
    describeCardCloseContract(store);
    describeAnswerContract(store);
    describeConversationRefContract(store);
    describeTrustContract(store);
    describeSummaryReadsContract(store);
    describeSummaryTalliesContract(store);
    describeConfirmCodeContract(store);
    describeLeaseAndSendSlotContract(store);
    describeTransactionContract(store);
    describeRoundRetimeContract(store);
    describeKeyringContract(store);
    describeEventStreamContract(store);
  });
}
