import type { Store } from '../../../bot/store/store';
import { describeAnswerContract } from './contract/answers';
import { describeCardCloseContract } from './contract/card-closes';
import { describeConfirmCodeContract } from './contract/confirm-codes';
import { describeForumContract, describeMemberContract, describeRoundContract } from './contract/content';
import { describeConversationRefContract } from './contract/conversation-refs';
import { describeDeliveryContract } from './contract/deliveries';
import { describeEventStreamContract } from './contract/event-streams';
import { describeKeyringContract } from './contract/keyring';
import { describeSendSlotContract, describeWorkLeaseContract } from './contract/leases-and-send-slots';
import { describeRoundRetimeContract } from './contract/round-retime';
import { describeSummaryReadsContract } from './contract/summary-reads';
import { describeSummaryTalliesContract } from './contract/summary-tallies';
import { describeTransactionContract } from './contract/transactions';
import { describeAuditContract, describeErasureContract } from './contract/trust';

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

    // One part per port (bot/store/ports), in the order of the Store interface.
    describe('ForumStore', () => describeForumContract(store));
    describe('MemberStore', () => describeMemberContract(store));
    describe('RoundStore', () => {
      describeRoundContract(store);
      describeRoundRetimeContract(store);
    });
    describe('DeliveryStore', () => describeDeliveryContract(store));
    describe('CardCloseStore', () => describeCardCloseContract(store));
    describe('WorkLeaseStore', () => describeWorkLeaseContract(store));
    describe('SendSlotStore', () => describeSendSlotContract(store));
    // answers.ts holds both: the takeaways' tests share its forum, department and member setup.
    describe('AnswerStore and TakeawaysStore', () => {
      describeAnswerContract(store);
      describeSummaryReadsContract(store);
    });
    describe('SummaryTallyStore', () => describeSummaryTalliesContract(store));
    describe('ErasureStore', () => describeErasureContract(store));
    describe('AuditStore', () => describeAuditContract(store));
    describe('ConversationStore', () => describeConversationRefContract(store));
    describe('KeyringStore', () => describeKeyringContract(store));
    describe('ConfirmCodeStore', () => describeConfirmCodeContract(store));
    describe('EventStreamStore', () => describeEventStreamContract(store));
    describe('transactions over every port', () => describeTransactionContract(store));
  });
}
