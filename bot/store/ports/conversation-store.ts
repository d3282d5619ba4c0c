import type { ConversationRef } from '../../../core/model';

/** Teams conversation references: where the bot can reach a person or a group. */
export interface ConversationStore {
  saveConversationRef(ref: ConversationRef): Promise<void>;
  getConversationRef(conversationId: string): Promise<ConversationRef | undefined>;
  findPersonalConversation(aadObjectId: string): Promise<ConversationRef | undefined>;
  listConversationRefs(filter?: {
    departmentId?: string;
    kind?: ConversationRef['kind'];
  }): Promise<ConversationRef[]>;
  markConversationRemoved(conversationId: string, at: string): Promise<void>;
  markConversationUnreachable(conversationId: string, error: string, at: string): Promise<void>;
}
