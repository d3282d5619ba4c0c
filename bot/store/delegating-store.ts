import type { Store, TransactionStore } from './store';

type Args<K extends keyof Store> = Store[K] extends (...args: infer A) => unknown ? A : never;
type Result<K extends keyof Store> = Store[K] extends (...args: never[]) => infer R ? R : never;

/**
 * A Store that hands every call to another one. Wrappers (the bot's content cache, test stores
 * that count or fail calls) extend it and override, with `override`, only what they change: a
 * renamed or removed port method then fails to compile instead of silently bypassing the wrapper.
 * A new port method is added here once.
 */
export class DelegatingStore implements Store {
  constructor(protected readonly inner: Store) {}

  get dialect(): Store['dialect'] {
    return this.inner.dialect;
  }

  transaction<T>(work: (tx: TransactionStore) => Promise<T>): Promise<T> {
    return this.inner.transaction(work);
  }

  migrate(...args: Args<'migrate'>): Result<'migrate'> {
    return this.inner.migrate(...args) as Result<'migrate'>;
  }
  ping(...args: Args<'ping'>): Result<'ping'> {
    return this.inner.ping(...args) as Result<'ping'>;
  }
  close(...args: Args<'close'>): Result<'close'> {
    return this.inner.close(...args) as Result<'close'>;
  }
  saveForum(...args: Args<'saveForum'>): Result<'saveForum'> {
    return this.inner.saveForum(...args) as Result<'saveForum'>;
  }
  getForum(...args: Args<'getForum'>): Result<'getForum'> {
    return this.inner.getForum(...args) as Result<'getForum'>;
  }
  listForums(...args: Args<'listForums'>): Result<'listForums'> {
    return this.inner.listForums(...args) as Result<'listForums'>;
  }
  saveDepartment(...args: Args<'saveDepartment'>): Result<'saveDepartment'> {
    return this.inner.saveDepartment(...args) as Result<'saveDepartment'>;
  }
  getDepartment(...args: Args<'getDepartment'>): Result<'getDepartment'> {
    return this.inner.getDepartment(...args) as Result<'getDepartment'>;
  }
  listDepartments(...args: Args<'listDepartments'>): Result<'listDepartments'> {
    return this.inner.listDepartments(...args) as Result<'listDepartments'>;
  }
  deleteDepartment(...args: Args<'deleteDepartment'>): Result<'deleteDepartment'> {
    return this.inner.deleteDepartment(...args) as Result<'deleteDepartment'>;
  }
  saveQuestions(...args: Args<'saveQuestions'>): Result<'saveQuestions'> {
    return this.inner.saveQuestions(...args) as Result<'saveQuestions'>;
  }
  listQuestions(...args: Args<'listQuestions'>): Result<'listQuestions'> {
    return this.inner.listQuestions(...args) as Result<'listQuestions'>;
  }
  savePrinciples(...args: Args<'savePrinciples'>): Result<'savePrinciples'> {
    return this.inner.savePrinciples(...args) as Result<'savePrinciples'>;
  }
  listPrinciples(...args: Args<'listPrinciples'>): Result<'listPrinciples'> {
    return this.inner.listPrinciples(...args) as Result<'listPrinciples'>;
  }
  saveMember(...args: Args<'saveMember'>): Result<'saveMember'> {
    return this.inner.saveMember(...args) as Result<'saveMember'>;
  }
  getMember(...args: Args<'getMember'>): Result<'getMember'> {
    return this.inner.getMember(...args) as Result<'getMember'>;
  }
  findMembersByAadObjectId(...args: Args<'findMembersByAadObjectId'>): Result<'findMembersByAadObjectId'> {
    return this.inner.findMembersByAadObjectId(...args) as Result<'findMembersByAadObjectId'>;
  }
  listMembers(...args: Args<'listMembers'>): Result<'listMembers'> {
    return this.inner.listMembers(...args) as Result<'listMembers'>;
  }
  deleteMember(...args: Args<'deleteMember'>): Result<'deleteMember'> {
    return this.inner.deleteMember(...args) as Result<'deleteMember'>;
  }
  saveRound(...args: Args<'saveRound'>): Result<'saveRound'> {
    return this.inner.saveRound(...args) as Result<'saveRound'>;
  }
  getRound(...args: Args<'getRound'>): Result<'getRound'> {
    return this.inner.getRound(...args) as Result<'getRound'>;
  }
  listRounds(...args: Args<'listRounds'>): Result<'listRounds'> {
    return this.inner.listRounds(...args) as Result<'listRounds'>;
  }
  listDueRounds(...args: Args<'listDueRounds'>): Result<'listDueRounds'> {
    return this.inner.listDueRounds(...args) as Result<'listDueRounds'>;
  }
  transitionRound(...args: Args<'transitionRound'>): Result<'transitionRound'> {
    return this.inner.transitionRound(...args) as Result<'transitionRound'>;
  }
  retimePlannedRound(...args: Args<'retimePlannedRound'>): Result<'retimePlannedRound'> {
    return this.inner.retimePlannedRound(...args) as Result<'retimePlannedRound'>;
  }
  addDeliveries(...args: Args<'addDeliveries'>): Result<'addDeliveries'> {
    return this.inner.addDeliveries(...args) as Result<'addDeliveries'>;
  }
  claimDeliveries(...args: Args<'claimDeliveries'>): Result<'claimDeliveries'> {
    return this.inner.claimDeliveries(...args) as Result<'claimDeliveries'>;
  }
  renewLeases(...args: Args<'renewLeases'>): Result<'renewLeases'> {
    return this.inner.renewLeases(...args) as Result<'renewLeases'>;
  }
  renewLease(...args: Args<'renewLease'>): Result<'renewLease'> {
    return this.inner.renewLease(...args) as Result<'renewLease'>;
  }
  reserveSendSlot(...args: Args<'reserveSendSlot'>): Result<'reserveSendSlot'> {
    return this.inner.reserveSendSlot(...args) as Result<'reserveSendSlot'>;
  }
  reserveSendSlots(...args: Args<'reserveSendSlots'>): Result<'reserveSendSlots'> {
    return this.inner.reserveSendSlots(...args) as Result<'reserveSendSlots'>;
  }
  settleSendSlot(...args: Args<'settleSendSlot'>): Result<'settleSendSlot'> {
    return this.inner.settleSendSlot(...args) as Result<'settleSendSlot'>;
  }
  pauseSends(...args: Args<'pauseSends'>): Result<'pauseSends'> {
    return this.inner.pauseSends(...args) as Result<'pauseSends'>;
  }
  pruneSendSlots(...args: Args<'pruneSendSlots'>): Result<'pruneSendSlots'> {
    return this.inner.pruneSendSlots(...args) as Result<'pruneSendSlots'>;
  }
  ensureSigningKey(...args: Args<'ensureSigningKey'>): Result<'ensureSigningKey'> {
    return this.inner.ensureSigningKey(...args) as Result<'ensureSigningKey'>;
  }
  listSigningKeys(...args: Args<'listSigningKeys'>): Result<'listSigningKeys'> {
    return this.inner.listSigningKeys(...args) as Result<'listSigningKeys'>;
  }
  acquireEventStream(...args: Args<'acquireEventStream'>): Result<'acquireEventStream'> {
    return this.inner.acquireEventStream(...args) as Result<'acquireEventStream'>;
  }
  renewEventStreams(...args: Args<'renewEventStreams'>): Result<'renewEventStreams'> {
    return this.inner.renewEventStreams(...args) as Result<'renewEventStreams'>;
  }
  releaseEventStream(...args: Args<'releaseEventStream'>): Result<'releaseEventStream'> {
    return this.inner.releaseEventStream(...args) as Result<'releaseEventStream'>;
  }
  completeDelivery(...args: Args<'completeDelivery'>): Result<'completeDelivery'> {
    return this.inner.completeDelivery(...args) as Result<'completeDelivery'>;
  }
  getDelivery(...args: Args<'getDelivery'>): Result<'getDelivery'> {
    return this.inner.getDelivery(...args) as Result<'getDelivery'>;
  }
  listDeliveries(...args: Args<'listDeliveries'>): Result<'listDeliveries'> {
    return this.inner.listDeliveries(...args) as Result<'listDeliveries'>;
  }
  cancelPendingDeliveries(...args: Args<'cancelPendingDeliveries'>): Result<'cancelPendingDeliveries'> {
    return this.inner.cancelPendingDeliveries(...args) as Result<'cancelPendingDeliveries'>;
  }
  rescheduleDeliveries(...args: Args<'rescheduleDeliveries'>): Result<'rescheduleDeliveries'> {
    return this.inner.rescheduleDeliveries(...args) as Result<'rescheduleDeliveries'>;
  }
  retryDelivery(...args: Args<'retryDelivery'>): Result<'retryDelivery'> {
    return this.inner.retryDelivery(...args) as Result<'retryDelivery'>;
  }
  enqueueCardCloses(...args: Args<'enqueueCardCloses'>): Result<'enqueueCardCloses'> {
    return this.inner.enqueueCardCloses(...args) as Result<'enqueueCardCloses'>;
  }
  enqueueErasedCards(...args: Args<'enqueueErasedCards'>): Result<'enqueueErasedCards'> {
    return this.inner.enqueueErasedCards(...args) as Result<'enqueueErasedCards'>;
  }
  enqueuePurgedCards(...args: Args<'enqueuePurgedCards'>): Result<'enqueuePurgedCards'> {
    return this.inner.enqueuePurgedCards(...args) as Result<'enqueuePurgedCards'>;
  }
  claimCardCloses(...args: Args<'claimCardCloses'>): Result<'claimCardCloses'> {
    return this.inner.claimCardCloses(...args) as Result<'claimCardCloses'>;
  }
  completeCardClose(...args: Args<'completeCardClose'>): Result<'completeCardClose'> {
    return this.inner.completeCardClose(...args) as Result<'completeCardClose'>;
  }
  listCardCloses(...args: Args<'listCardCloses'>): Result<'listCardCloses'> {
    return this.inner.listCardCloses(...args) as Result<'listCardCloses'>;
  }
  saveAnswer(...args: Args<'saveAnswer'>): Result<'saveAnswer'> {
    return this.inner.saveAnswer(...args) as Result<'saveAnswer'>;
  }
  saveMemberAnswer(...args: Args<'saveMemberAnswer'>): Result<'saveMemberAnswer'> {
    return this.inner.saveMemberAnswer(...args) as Result<'saveMemberAnswer'>;
  }
  getAnswer(...args: Args<'getAnswer'>): Result<'getAnswer'> {
    return this.inner.getAnswer(...args) as Result<'getAnswer'>;
  }
  listAnswers(...args: Args<'listAnswers'>): Result<'listAnswers'> {
    return this.inner.listAnswers(...args) as Result<'listAnswers'>;
  }
  listSummaryAnswers(...args: Args<'listSummaryAnswers'>): Result<'listSummaryAnswers'> {
    return this.inner.listSummaryAnswers(...args) as Result<'listSummaryAnswers'>;
  }
  summaryAnswerBatches(...args: Args<'summaryAnswerBatches'>): ReturnType<Store['summaryAnswerBatches']> {
    return this.inner.summaryAnswerBatches(...args);
  }
  departmentTally(...args: Args<'departmentTally'>): Result<'departmentTally'> {
    return this.inner.departmentTally(...args) as Result<'departmentTally'>;
  }
  forumTally(...args: Args<'forumTally'>): Result<'forumTally'> {
    return this.inner.forumTally(...args) as Result<'forumTally'>;
  }
  listAnswerPage(...args: Args<'listAnswerPage'>): Result<'listAnswerPage'> {
    return this.inner.listAnswerPage(...args) as Result<'listAnswerPage'>;
  }
  listAnswerRevisions(...args: Args<'listAnswerRevisions'>): Result<'listAnswerRevisions'> {
    return this.inner.listAnswerRevisions(...args) as Result<'listAnswerRevisions'>;
  }
  deleteAnswersOfMember(...args: Args<'deleteAnswersOfMember'>): Result<'deleteAnswersOfMember'> {
    return this.inner.deleteAnswersOfMember(...args) as Result<'deleteAnswersOfMember'>;
  }
  eraseAnswersOfMember(...args: Args<'eraseAnswersOfMember'>): Result<'eraseAnswersOfMember'> {
    return this.inner.eraseAnswersOfMember(...args) as Result<'eraseAnswersOfMember'>;
  }
  listErasedAnswerTallies(...args: Args<'listErasedAnswerTallies'>): Result<'listErasedAnswerTallies'> {
    return this.inner.listErasedAnswerTallies(...args) as Result<'listErasedAnswerTallies'>;
  }
  getTakeaways(...args: Args<'getTakeaways'>): Result<'getTakeaways'> {
    return this.inner.getTakeaways(...args) as Result<'getTakeaways'>;
  }
  saveTakeaways(...args: Args<'saveTakeaways'>): Result<'saveTakeaways'> {
    return this.inner.saveTakeaways(...args) as Result<'saveTakeaways'>;
  }
  saveConversationRef(...args: Args<'saveConversationRef'>): Result<'saveConversationRef'> {
    return this.inner.saveConversationRef(...args) as Result<'saveConversationRef'>;
  }
  getConversationRef(...args: Args<'getConversationRef'>): Result<'getConversationRef'> {
    return this.inner.getConversationRef(...args) as Result<'getConversationRef'>;
  }
  findPersonalConversation(...args: Args<'findPersonalConversation'>): Result<'findPersonalConversation'> {
    return this.inner.findPersonalConversation(...args) as Result<'findPersonalConversation'>;
  }
  listConversationRefs(...args: Args<'listConversationRefs'>): Result<'listConversationRefs'> {
    return this.inner.listConversationRefs(...args) as Result<'listConversationRefs'>;
  }
  markConversationRemoved(...args: Args<'markConversationRemoved'>): Result<'markConversationRemoved'> {
    return this.inner.markConversationRemoved(...args) as Result<'markConversationRemoved'>;
  }
  markConversationUnreachable(
    ...args: Args<'markConversationUnreachable'>
  ): Result<'markConversationUnreachable'> {
    return this.inner.markConversationUnreachable(...args) as Result<'markConversationUnreachable'>;
  }
  cancelDelivery(...args: Args<'cancelDelivery'>): Result<'cancelDelivery'> {
    return this.inner.cancelDelivery(...args) as Result<'cancelDelivery'>;
  }
  appendAudit(...args: Args<'appendAudit'>): Result<'appendAudit'> {
    return this.inner.appendAudit(...args) as Result<'appendAudit'>;
  }
  listAudit(...args: Args<'listAudit'>): Result<'listAudit'> {
    return this.inner.listAudit(...args) as Result<'listAudit'>;
  }
  purgeForumPersonalData(...args: Args<'purgeForumPersonalData'>): Result<'purgeForumPersonalData'> {
    return this.inner.purgeForumPersonalData(...args) as Result<'purgeForumPersonalData'>;
  }
  getRetentionPurge(...args: Args<'getRetentionPurge'>): Result<'getRetentionPurge'> {
    return this.inner.getRetentionPurge(...args) as Result<'getRetentionPurge'>;
  }
  consumeConfirmCode(...args: Args<'consumeConfirmCode'>): Result<'consumeConfirmCode'> {
    return this.inner.consumeConfirmCode(...args) as Result<'consumeConfirmCode'>;
  }
}
