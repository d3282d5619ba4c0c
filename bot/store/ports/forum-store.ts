import type { Department, Forum, Principle, Question } from '../../../core/model';

/** Forums and what they are made of: departments, inspiration questions, principles. */
export interface ForumStore {
  saveForum(forum: Forum): Promise<void>;
  getForum(id: string): Promise<Forum | undefined>;
  listForums(): Promise<Forum[]>;
  saveDepartment(department: Department): Promise<void>;
  getDepartment(id: string): Promise<Department | undefined>;
  listDepartments(forumId: string): Promise<Department[]>;
  deleteDepartment(id: string): Promise<void>;
  saveQuestions(forumId: string, questions: Question[]): Promise<void>;
  listQuestions(forumId: string): Promise<Question[]>;
  savePrinciples(forumId: string, principles: Principle[]): Promise<void>;
  listPrinciples(forumId: string): Promise<Principle[]>;
}
